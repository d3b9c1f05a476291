package dev.rehearsal.oidc.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The few DER encodings (ITU-T X.690) an X.509 certificate needs. The JDK parses certificates but
 * offers no public API to write them, and BouncyCastle on the class path makes Netty load its whole
 * provider at every start, so the emulator writes its handful of certificates itself.
 */
final class Der {
  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
  private static final DateTimeFormatter GENERALIZED_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");

  private Der() {}

  static byte[] sequence(byte[]... items) {
    return tagged(0x30, concat(items));
  }

  static byte[] set(byte[]... items) {
    return tagged(0x31, concat(items));
  }

  static byte[] integer(BigInteger value) {
    return tagged(0x02, value.toByteArray());
  }

  static byte[] bool(boolean value) {
    return tagged(0x01, new byte[] {(byte) (value ? 0xff : 0x00)});
  }

  static byte[] nullValue() {
    return new byte[] {0x05, 0x00};
  }

  static byte[] octetString(byte[] value) {
    return tagged(0x04, value);
  }

  /** A BIT STRING with no unused bits. */
  static byte[] bitString(byte[] value) {
    return tagged(0x03, concat(new byte[] {0}, value));
  }

  static byte[] utf8(String value) {
    return tagged(0x0c, value.getBytes(StandardCharsets.UTF_8));
  }

  /** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
  static byte[] time(ZonedDateTime value) {
    ZonedDateTime utc = value.withZoneSameInstant(ZoneOffset.UTC);
    return utc.getYear() < 2050
        ? tagged(0x17, UTC_TIME.format(utc).getBytes(StandardCharsets.US_ASCII))
        : tagged(0x18, GENERALIZED_TIME.format(utc).getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] oid(String dotted) {
    String[] arcs = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
    for (int i = 2; i < arcs.length; i++) {
      long arc = Long.parseLong(arcs[i]);
      int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
      for (int group = groups - 1; group >= 0; group--) {
        int bits = (int) ((arc >>> (7 * group)) & 0x7f);
        out.write(group > 0 ? bits | 0x80 : bits);
      }
    }
    return tagged(0x06, out.toByteArray());
  }

  /** A context-specific tag: constructed ({@code [n]} EXPLICIT) or primitive ({@code IMPLICIT}). */
  static byte[] context(int number, boolean constructed, byte[] content) {
    return tagged((constructed ? 0xa0 : 0x80) | number, content);
  }

  static byte[] tagged(int tag, byte[] content) {
    return concat(new byte[] {(byte) tag}, length(content.length), content);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] length(int length) {
    if (length < 0x80) {
      return new byte[] {(byte) length};
    }
    byte[] digits = BigInteger.valueOf(length).toByteArray();
    int start = digits[0] == 0 ? 1 : 0;
    byte[] encoded = new byte[digits.length - start + 1];
    encoded[0] = (byte) (0x80 | (digits.length - start));
    System.arraycopy(digits, start, encoded, 1, digits.length - start);
    return encoded;
  }
}
