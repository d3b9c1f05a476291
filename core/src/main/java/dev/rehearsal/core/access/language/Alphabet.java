package dev.rehearsal.core.access.language;

import dev.rehearsal.core.evaluation.Wildcard;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The letters of the automata that compare a set of patterns: one class per character written in
 * those patterns, and one class for every other character. Every pattern treats all the other
 * characters alike, so a language over these classes is exact for every string.
 *
 * <p>The written characters are closed under {@link Wildcard#foldChar case folding} (with {@code k}
 * come {@code K} and the Kelvin sign), so that an ignore-case literal matches whole classes and the
 * "other" class holds no character that folds onto a written one. Like {@link Wildcard}, the
 * automata read text char by char: a surrogate is a character of its own.
 */
public final class Alphabet {
  private static final String READABLE = "abcdefghijklmnopqrstuvwxyz0123456789-_./:";
  private static FoldTable foldTable;

  private final char[] chars;
  private final char other;
  private final int[] readableOrder;

  private Alphabet(char[] chars) {
    this.chars = chars;
    this.other = pickOther(chars);
    Integer[] order = new Integer[chars.length + 1];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(rank(representative(a)), rank(representative(b))));
    this.readableOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /** The alphabet of every character in {@code texts}, closed under case folding. */
  public static Alphabet of(Collection<String> texts) {
    TreeSet<Character> written = new TreeSet<>();
    for (String text : texts) {
      for (int i = 0; i < text.length(); i++) {
        for (char variant : foldClass(text.charAt(i))) {
          written.add(variant);
        }
      }
    }
    char[] chars = new char[written.size()];
    int i = 0;
    for (char c : written) {
      chars[i++] = c;
    }
    return new Alphabet(chars);
  }

  /** The number of classes: the written characters and the class of all others. */
  public int size() {
    return chars.length + 1;
  }

  /** The class of {@code c}. */
  public int classOf(char c) {
    int at = Arrays.binarySearch(chars, c);
    return at >= 0 ? at : chars.length;
  }

  /** A character of the class; for the "other" class, a readable one written nowhere. */
  public char representative(int letter) {
    return letter < chars.length ? chars[letter] : other;
  }

  /** The classes, most readable representative first: lower-case letters, digits, then others. */
  int[] readableOrder() {
    return readableOrder;
  }

  /** The classes a pattern position matches. */
  boolean[] matching(Wildcard.Token token, boolean ignoreCase) {
    boolean[] matches = new boolean[size()];
    for (int letter = 0; letter < matches.length; letter++) {
      char c = representative(letter);
      matches[letter] =
          switch (token.kind()) {
            case LITERAL ->
                ignoreCase
                    ? Wildcard.foldChar(c) == Wildcard.foldChar(token.character())
                    : c == token.character();
            case ANY_CHAR, ANY_RUN -> true;
            case SEGMENT_CHAR, SEGMENT_RUN -> c != ':';
          };
    }
    return matches;
  }

  private static char pickOther(char[] chars) {
    for (char c : READABLE.toCharArray()) {
      if (Arrays.binarySearch(chars, c) < 0) {
        return c;
      }
    }
    for (char c = '\u00c0'; ; c++) {
      if (Arrays.binarySearch(chars, c) < 0 && !Character.isSurrogate(c)) {
        return c;
      }
    }
  }

  private static int rank(char c) {
    int readable = READABLE.indexOf(c);
    if (readable >= 0) {
      return readable;
    }
    if (c >= 'A' && c <= 'Z') {
      return READABLE.length() + c;
    }
    return c > ' ' && c < 0x7f ? 0x100 + c : 0x10000 + c;
  }

  /** Every character whose fold equals that of {@code c}, {@code c} included. */
  private static char[] foldClass(char c) {
    FoldTable table = foldTable();
    int fold = Wildcard.foldChar(c);
    return Arrays.copyOfRange(table.members, table.start[fold], table.start[fold + 1]);
  }

  /**
   * The characters of the basic plane grouped by fold: those of fold {@code f} are {@code
   * members[start[f], start[f + 1])}. Built once, with primitive arrays, so that the first diff of
   * a command-line run does not pay for boxing 65,536 characters.
   */
  private record FoldTable(int[] start, char[] members) {}

  private static synchronized FoldTable foldTable() {
    if (foldTable == null) {
      int size = Character.MAX_VALUE + 1;
      int[] start = new int[size + 1];
      for (int c = 0; c < size; c++) {
        start[Wildcard.foldChar((char) c) + 1]++;
      }
      for (int f = 0; f < size; f++) {
        start[f + 1] += start[f];
      }
      int[] next = Arrays.copyOf(start, size);
      char[] members = new char[size];
      for (int c = 0; c < size; c++) {
        members[next[Wildcard.foldChar((char) c)]++] = (char) c;
      }
      foldTable = new FoldTable(start, members);
    }
    return foldTable;
  }
}
