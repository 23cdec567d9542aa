package org.newsbeam.nlp;

import java.util.Optional;

/**
 * CoreNLP's models (or the word vectors and lexicons that ship with newsbeam) cannot be found or
 * loaded: a broken installation, which stops the run at once rather than fail every article.
 */
public class ModelsUnavailableException extends RuntimeException {
  public ModelsUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** This exception among {@code error} and its causes, if it is there. */
  public static Optional<ModelsUnavailableException> in(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ModelsUnavailableException models) {
        return Optional.of(models);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
