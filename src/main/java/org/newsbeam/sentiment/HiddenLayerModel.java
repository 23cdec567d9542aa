package org.newsbeam.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small neural network over named features, giving the probabilities of three classes (negative,
 * neutral, positive): the features standardized, one hidden layer of rectified linear units, a
 * softmax; several such networks (fitted from different starting points) averaged. Its file is TSV:
 * a header naming the features, rows "mean" and "scale", then for each network its rows "hidden"
 * (network, unit, a weight per feature, the bias) and "output" (network, class, a weight per hidden
 * unit, the bias). A file fitted for other features than the code computes is refused.
 */
public final class HiddenLayerModel {
  /** One network: hidden[unit][feature + bias], output[class][unit + bias]. */
  public record Network(double[][] hidden, double[][] output) {
    /** The three logits of standardized features. */
    public double[] logits(double[] z) {
      double[] h = new double[hidden.length];
      for (int u = 0; u < hidden.length; u++) {
        double[] w = hidden[u];
        double a = w[z.length];
        for (int j = 0; j < z.length; j++) {
          a += w[j] * z[j];
        }
        h[u] = Math.max(0, a);
      }
      double[] logits = new double[3];
      for (int c = 0; c < 3; c++) {
        double[] w = output[c];
        double a = w[h.length];
        for (int u = 0; u < h.length; u++) {
          a += w[u] * h[u];
        }
        logits[c] = a;
      }
      return logits;
    }
  }

  private final List<String> names;
  private final double[] mean;
  private final double[] scale;
  private final List<Network> networks;

  public HiddenLayerModel(
      List<String> names, double[] mean, double[] scale, List<Network> networks) {
    this.names = List.copyOf(names);
    this.mean = mean;
    this.scale = scale;
    this.networks = List.copyOf(networks);
  }

  /** P(negative), P(neutral), P(positive) of raw (unstandardized) features: the networks' mean. */
  public double[] probabilities(double[] features) {
    double[] z = SoftmaxModel.standardize(features, mean, scale);
    double[] p = new double[3];
    for (Network network : networks) {
      double[] q = SoftmaxModel.softmax(network.logits(z));
      for (int c = 0; c < 3; c++) {
        p[c] += q[c] / networks.size();
      }
    }
    return p;
  }

  /** The model as TSV (see the class comment). */
  public String toTsv() {
    StringBuilder out = new StringBuilder("row\t\t\t" + String.join("\t", names) + "\tbias\n");
    ModelFiles.appendRow(out, "mean\t\t", mean);
    ModelFiles.appendRow(out, "scale\t\t", scale);
    for (int n = 0; n < networks.size(); n++) {
      Network network = networks.get(n);
      for (int u = 0; u < network.hidden().length; u++) {
        ModelFiles.appendRow(out, "hidden\t" + n + "\t" + u, network.hidden()[u]);
      }
      for (int c = 0; c < 3; c++) {
        ModelFiles.appendRow(out, "output\t" + n + "\t" + c, network.output()[c]);
      }
    }
    return out.toString();
  }

  /** Reads a model shipped as a class-path resource, fitted for features named {@code names}. */
  public static HiddenLayerModel read(String resource, List<String> names) {
    try (InputStream in = HiddenLayerModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource, names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model written by {@link #toTsv}; {@code source} names it in messages. */
  static HiddenLayerModel parse(Reader in, String source, List<String> names) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    String[] header = reader.readLine().split("\t", -1);
    if (!List.of(header).subList(3, header.length - 1).equals(names)) {
      throw new IllegalStateException(source + " was fitted for other features: refit it");
    }
    double[] mean = null;
    double[] scale = null;
    List<List<double[]>> hidden = new ArrayList<>();
    List<List<double[]>> output = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      String[] cells = line.split("\t", -1);
      double[] values = new double[cells.length - 3];
      for (int i = 3; i < cells.length; i++) {
        values[i - 3] = Double.parseDouble(cells[i]);
      }
      switch (cells[0]) {
        case "mean" -> mean = values;
        case "scale" -> scale = values;
        case "hidden" -> rowsOf(hidden, Integer.parseInt(cells[1])).add(values);
        case "output" -> rowsOf(output, Integer.parseInt(cells[1])).add(values);
        default -> throw new IllegalStateException(source + ": unknown row " + cells[0]);
      }
    }
    List<Network> networks = new ArrayList<>();
    for (int n = 0; n < hidden.size(); n++) {
      networks.add(
          new Network(
              hidden.get(n).toArray(new double[0][]), output.get(n).toArray(new double[0][])));
    }
    return new HiddenLayerModel(names, mean, scale, networks);
  }

  private static List<double[]> rowsOf(List<List<double[]>> rows, int network) {
    while (rows.size() <= network) {
      rows.add(new ArrayList<>());
    }
    return rows.get(network);
  }
}
