package dev.rehearsal.runner.support;

import dev.rehearsal.runner.log.SecretMasker;
import dev.rehearsal.runner.log.TextLog;
import java.io.PrintWriter;
import java.io.StringWriter;

/** A {@link TextLog} whose text a test reads back. */
public final class CapturedLog {
  private final StringWriter text = new StringWriter();
  private final SecretMasker masker;
  private final TextLog log;

  public CapturedLog(SecretMasker masker, boolean debug) {
    this.masker = masker;
    this.log = new TextLog(new PrintWriter(text), masker, debug);
  }

  public CapturedLog() {
    this(new SecretMasker(), false);
  }

  public TextLog log() {
    return log;
  }

  public SecretMasker masker() {
    return masker;
  }

  public String text() {
    return text.toString();
  }
}
