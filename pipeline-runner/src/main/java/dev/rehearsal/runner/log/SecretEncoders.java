package dev.rehearsal.runner.log;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The encodings of a secret a GitHub runner masks as well as the secret itself: the encoders
 * actions/runner registers in {@code HostContext} ({@code src/Sdk/DTLogging/Logging/
 * ValueEncoders.cs}). An encoder that does not apply answers the empty string, which is not masked.
 */
final class SecretEncoders {
  static final List<UnaryOperator<String>> ALL =
      List.of(
          SecretEncoders::base64,
          value -> base64Shifted(value, 1),
          value -> base64Shifted(value, 2),
          // CommandLineArgumentEscape: how the runner passes values to docker
          value -> value.replace("\"", "\\\""),
          // ExpressionStringEscape: a single quote doubled, as in a ${{ '...' }} literal
          value -> value.replace("'", "''"),
          SecretEncoders::jsonEscape,
          SecretEncoders::uriDataEscape,
          SecretEncoders::xmlEscape,
          SecretEncoders::trimDoubleQuotes,
          SecretEncoders::powerShellPreAmpersand,
          SecretEncoders::powerShellPostAmpersand);

  private SecretEncoders() {}

  static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * base64 of the value without its first {@code shift} bytes: inside {@code base64(user:secret)}
   * the secret's encoding depends on the length of what precedes it modulo 3.
   */
  static String base64Shifted(String value, int shift) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= shift) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    return Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, shift, bytes.length));
  }

  /** Newtonsoft's {@code JsonConvert.ToString} without its quotes. */
  static String jsonEscape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** .NET's {@code Uri.EscapeDataString}: RFC 3986 unreserved characters kept, the rest %XX. */
  static String uriDataEscape(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  /** .NET's {@code SecurityElement.Escape}. */
  static String xmlEscape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }

  static String trimDoubleQuotes(String value) {
    if (value.length() > 8 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return "";
  }

  /** The part of an {@code a&b} secret PowerShell may print before its last ampersand. */
  static String powerShellPreAmpersand(String value) {
    if (!value.contains("&")) {
      return "";
    }
    int plus = value.indexOf("&+");
    String section =
        plus >= 0 ? value.substring(0, plus + 2) : value.substring(0, value.lastIndexOf('&') + 1);
    return section.length() >= 6 ? section : "";
  }

  /** The part of an {@code a&b} secret PowerShell may print after its last ampersand. */
  static String powerShellPostAmpersand(String value) {
    if (!value.contains("&")) {
      return "";
    }
    int plus = value.indexOf("&+");
    String section;
    if (plus >= 0) {
      // +1: PowerShell colours the letter after "&+" on its own
      section = value.length() > plus + 3 ? value.substring(plus + 3) : "";
    } else {
      section = value.substring(value.lastIndexOf('&') + 1);
    }
    return section.length() >= 6 ? section : "";
  }
}
