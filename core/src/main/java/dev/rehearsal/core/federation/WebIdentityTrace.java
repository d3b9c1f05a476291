package dev.rehearsal.core.federation;

import dev.rehearsal.core.federation.WebIdentityCheck.Step;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The checks of one decision, as {@link WebIdentityDecision#checks()} lists them: the steps taken,
 * in AWS's order, each passed but perhaps the last. Kept as the steps' details (a text, or what
 * writes it) and turned into {@link WebIdentityCheck}s only when read: {@code rehearse check}
 * decides 100,000 calls and reads the trace of a few. Filled by one {@link WebIdentityRules} run,
 * then never changed; an unmodifiable list.
 */
final class WebIdentityTrace extends AbstractList<WebIdentityCheck> implements RandomAccess {
  private static final Step[] STEPS = Step.values();

  /** Each step's detail: a String, or a Supplier of it. */
  private final Object[] details = new Object[STEPS.length];

  private int size;
  private boolean lastPassed = true;

  /** The checks as read, made when first read (a racy second making gives equal checks). */
  private volatile WebIdentityCheck[] checks;

  /**
   * Adds the next step's outcome.
   *
   * @throws IllegalStateException when {@code step} is not the next step, or a step failed before
   */
  void add(Step step, boolean passed, Object detail) {
    if (step.ordinal() != size || !lastPassed) {
      throw new IllegalStateException(
          step + " after " + size + " checks, the last passed: " + lastPassed);
    }
    details[size++] = detail;
    lastPassed = passed;
  }

  @Override
  public WebIdentityCheck get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("check " + index + " of " + size);
    }
    WebIdentityCheck[] made = checks;
    if (made == null) {
      made = new WebIdentityCheck[size];
      for (int i = 0; i < size; i++) {
        made[i] = check(i);
      }
      checks = made;
    }
    return made[index];
  }

  @SuppressWarnings("unchecked")
  private WebIdentityCheck check(int i) {
    boolean passed = i < size - 1 || lastPassed;
    return details[i] instanceof String text
        ? new WebIdentityCheck(STEPS[i], passed, text)
        : WebIdentityCheck.lazy(STEPS[i], passed, (Supplier<String>) details[i]);
  }

  @Override
  public int size() {
    return size;
  }
}
