package org.newsbeam.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The time to the first article counts articles with a result, not duplicates and failures. */
public class ProgressTest {
  @Test
  public void duplicatesAndFailuresAreNotTheFirstArticle() {
    Progress.start(4);
    Progress.articleDropped();
    Progress.articleSplit("annotated", 1, 0);
    assertEquals(-1, Progress.secondsToFirstArticle(), 0);

    Progress.sentencesDone("annotated", 1, 0);
    assertEquals("one branch of two is not the article", -1, Progress.secondsToFirstArticle(), 0);
    Progress.sentencesDone("annotated", 1, 0);
    assertTrue(Progress.secondsToFirstArticle() >= 0);
  }

  @Test
  public void anArticleFoundStoredIsTheFirstArticle() {
    Progress.start(2);
    Progress.articleReused();
    assertTrue(Progress.secondsToFirstArticle() >= 0);
  }
}
