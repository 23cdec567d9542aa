package org.newsbeam.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connected components of items 0..n-1 joined in pairs, in memory: for tests and the evaluation
 * tool. (The pipeline finds components of large archives as Beam steps.)
 */
public final class UnionFind {
  private final int[] parent;

  public UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  /** The representative of {@code i}'s component: its smallest item once all unions are done. */
  public int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the components of {@code a} and {@code b}; the smaller representative stays. */
  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }

  /** The components, each sorted, in order of their smallest item. */
  public List<List<Integer>> components() {
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < parent.length; i++) {
      byRoot.computeIfAbsent(find(i), r -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(byRoot.values());
  }
}
