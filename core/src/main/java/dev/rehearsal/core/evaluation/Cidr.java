package dev.rehearsal.core.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * An IPv4 or IPv6 address with a prefix length, parsed by hand: {@code InetAddress.getByName} would
 * resolve a host name through DNS, and a policy value must never do that.
 */
final class Cidr {
  private final byte[] address;
  private final int prefixLength;

  private Cidr(byte[] address, int prefixLength) {
    this.address = address;
    this.prefixLength = prefixLength;
  }

  /** {@code 203.0.113.0/24}, {@code 2001:DB8::/64}, or a bare address (all its bits). */
  static Cidr parse(String raw) {
    String text = raw.trim();
    int slash = text.indexOf('/');
    String addressText = slash < 0 ? text : text.substring(0, slash);
    byte[] address = addressText.indexOf(':') >= 0 ? ipv6(addressText) : ipv4(addressText);
    if (address == null) {
      return null;
    }
    int bits = address.length * 8;
    if (slash < 0) {
      return new Cidr(address, bits);
    }
    Integer prefix = smallNumber(text.substring(slash + 1), 10, bits);
    return prefix == null ? null : new Cidr(address, prefix);
  }

  /** Whether every bit of this range's prefix equals the other address's bit. */
  boolean contains(Cidr other) {
    if (other.address.length != address.length) {
      return false;
    }
    for (int bit = 0; bit < prefixLength; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((address[bit / 8] & mask) != (other.address[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      Integer octet = smallNumber(parts[i], 10, 255);
      if (octet == null) {
        return null;
      }
      out[i] = (byte) (int) octet;
    }
    return out;
  }

  /** RFC 4291 text form: eight groups, one {@code ::} for a run of zero groups, an IPv4 tail. */
  private static byte[] ipv6(String text) {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    List<Integer> head = groups(gap < 0 ? text : text.substring(0, gap));
    List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2));
    if (head == null || tail == null) {
      return null;
    }
    int missing = 8 - head.size() - tail.size();
    if ((gap < 0 && missing != 0) || (gap >= 0 && missing < 1)) {
      return null;
    }
    byte[] out = new byte[16];
    int at = 0;
    for (int group : head) {
      out[at++] = (byte) (group >>> 8);
      out[at++] = (byte) group;
    }
    at += 2 * (gap < 0 ? 0 : missing);
    for (int group : tail) {
      out[at++] = (byte) (group >>> 8);
      out[at++] = (byte) group;
    }
    return out;
  }

  /** Hex groups separated by colons; a dotted IPv4 tail counts as two groups. */
  private static List<Integer> groups(String text) {
    List<Integer> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    String[] parts = text.split(":", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i == parts.length - 1 && parts[i].indexOf('.') >= 0) {
        byte[] v4 = ipv4(parts[i]);
        if (v4 == null) {
          return null;
        }
        out.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
        out.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
        continue;
      }
      Integer group = parts[i].length() > 4 ? null : smallNumber(parts[i], 16, 0xffff);
      if (group == null) {
        return null;
      }
      out.add(group);
    }
    return out;
  }

  private static Integer smallNumber(String text, int radix, int max) {
    if (text.isEmpty() || text.length() > 5 || text.charAt(0) == '+' || text.charAt(0) == '-') {
      return null;
    }
    try {
      int value = Integer.parseInt(text, radix);
      return value <= max ? value : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
