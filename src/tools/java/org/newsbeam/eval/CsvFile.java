package org.newsbeam.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file with a header row (a gold set, or one of newsbeam's reports). */
final class CsvFile {
  private CsvFile() {}

  /** The file's rows, each readable by column name. */
  static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }
}
