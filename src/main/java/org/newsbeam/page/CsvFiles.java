package org.newsbeam.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The report files of one output directory, on any file system Beam knows, read one row at a time:
 * a reader keeps what it needs of each row, never the whole file.
 */
final class CsvFiles {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private final String directory;

  CsvFiles(String directory) {
    this.directory = directory;
  }

  ResourceId resolve(String name) {
    return FileSystems.matchNewResource(directory, true)
        .resolve(name, StandardResolveOptions.RESOLVE_FILE);
  }

  boolean exists(String name) throws IOException {
    MatchResult match =
        FileSystems.match(List.of(resolve(name).toString()), EmptyMatchTreatment.ALLOW).get(0);
    return match.status() == MatchResult.Status.OK && !match.metadata().isEmpty();
  }

  /** Hands every row of the file to {@code row}; false, and no row, when the file is absent. */
  boolean forEach(String name, Consumer<CSVRecord> row) throws IOException {
    if (!exists(name)) {
      return false;
    }
    try (Reader reader =
            new BufferedReader(
                Channels.newReader(FileSystems.open(resolve(name)), StandardCharsets.UTF_8));
        CSVParser parser = FORMAT.parse(reader)) {
      for (CSVRecord record : parser) {
        row.accept(record);
      }
    }
    return true;
  }

  /**
   * A cell as written before the reports guarded it: a text a spreadsheet would run as a formula
   * gets a single quote in front in the CSV (docs/reports.md), which a reader of the page must not
   * see.
   */
  static String text(CSVRecord record, String column) {
    String cell = record.isMapped(column) ? record.get(column) : "";
    if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  /** A numeric cell, or null when it is empty (a mean over no item, an interval over one). */
  static Double number(CSVRecord record, String column) {
    String cell = record.isMapped(column) ? record.get(column) : "";
    return cell.isEmpty() ? null : Double.valueOf(cell);
  }
}
