package dev.rehearsal.core.scenario;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings of one piece of a generated scenario file, each distinct value made once: such a file
 * repeats a few values ({@code acme/app}, {@code main}, {@code allow}) on every line, and a string
 * per value and line would be most of what reading it allocates. Bounded: once full, new values are
 * made afresh, so a file of unique values costs a lookup each and no more memory.
 */
final class Words {
  private static final int SLOTS = 2048;
  private static final int MAX_ENTRIES = SLOTS / 2;

  private final byte[][] bytes = new byte[SLOTS][];
  private final String[] strings = new String[SLOTS];
  private final int[] hashes = new int[SLOTS];
  private int entries;

  /** The ASCII (or Latin-1) text {@code text[from, to)} as a string. */
  String of(byte[] text, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + text[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    while (strings[slot] != null) {
      if (hashes[slot] == hash && same(bytes[slot], text, from, to)) {
        return strings[slot];
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    String value = new String(text, from, to - from, StandardCharsets.ISO_8859_1);
    if (entries < MAX_ENTRIES) {
      entries++;
      bytes[slot] = Arrays.copyOfRange(text, from, to);
      strings[slot] = value;
      hashes[slot] = hash;
    }
    return value;
  }

  // By hand: with C1 only, Arrays.equals' checks and call cost more than these short words do.
  private static boolean same(byte[] word, byte[] text, int from, int to) {
    if (word.length != to - from) {
      return false;
    }
    for (int i = 0; i < word.length; i++) {
      if (word[i] != text[from + i]) {
        return false;
      }
    }
    return true;
  }
}
