package dev.rehearsal.aws.wire;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;

/**
 * Writes query-protocol responses with Jackson's XML generator (escaping is the library's): {@code
 * <ActionResponse xmlns=...><ActionResult>...</ActionResult><ResponseMetadata>
 * <RequestId>...</RequestId></ResponseMetadata></ActionResponse>}, and the {@code ErrorResponse}
 * shape of errors (botocore's query protocol parser reads both).
 */
public final class XmlRenderer {
  private static final XmlFactory FACTORY = new XmlFactory();

  /** U+FFFD REPLACEMENT CHARACTER, for what XML cannot carry. */
  private static final char REPLACEMENT = (char) 0xFFFD;

  private XmlRenderer() {}

  /** A successful answer; {@code result} is empty for actions without output (DeleteRole). */
  public static String response(
      AwsService service, String action, Optional<XmlBody> result, String requestId) {
    return write(
        service,
        action + "Response",
        generator -> {
          if (result.isPresent()) {
            generator.writeFieldName(action + "Result");
            writeStructure(generator, result.get());
          }
          generator.writeFieldName("ResponseMetadata");
          generator.writeStartObject();
          generator.writeStringField("RequestId", requestId);
          generator.writeEndObject();
        });
  }

  /** AWS's error shape: {@code <ErrorResponse><Error><Type/><Code/><Message/></Error>...}. */
  public static String error(
      AwsService service, String type, String code, String message, String requestId) {
    return write(
        service,
        "ErrorResponse",
        generator -> {
          generator.writeFieldName("Error");
          generator.writeStartObject();
          generator.writeStringField("Type", type);
          generator.writeStringField("Code", code);
          generator.writeStringField("Message", xmlText(message));
          generator.writeEndObject();
          generator.writeStringField("RequestId", requestId);
        });
  }

  public static String newRequestId() {
    return UUID.randomUUID().toString();
  }

  private interface Body {
    void write(ToXmlGenerator generator) throws IOException;
  }

  private static String write(AwsService service, String root, Body body) {
    StringWriter out = new StringWriter(512);
    try (ToXmlGenerator generator = FACTORY.createGenerator(out)) {
      // One default namespace for the whole document, as AWS writes it: every element inherits
      // the root's namespace, and binding it as the default keeps the names unprefixed.
      generator.getStaxWriter().setDefaultNamespace(service.namespace());
      generator.setNextName(new QName(service.namespace(), root));
      generator.writeStartObject();
      body.write(generator);
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + root, e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot render " + root, e);
    }
    return out.toString();
  }

  private static void writeStructure(ToXmlGenerator generator, XmlBody body) throws IOException {
    generator.writeStartObject();
    for (Map.Entry<String, Object> member : body.members().entrySet()) {
      generator.writeFieldName(member.getKey());
      writeValue(generator, member.getValue());
    }
    generator.writeEndObject();
  }

  private static void writeValue(ToXmlGenerator generator, Object value) throws IOException {
    if (value instanceof XmlBody structure) {
      writeStructure(generator, structure);
    } else if (value instanceof List<?> list) {
      generator.writeStartObject();
      for (Object item : list) {
        generator.writeFieldName("member");
        writeValue(generator, item);
      }
      generator.writeEndObject();
    } else {
      generator.writeString(xmlText(value.toString()));
    }
  }

  /**
   * {@code text} with every character XML 1.0 cannot carry (controls other than tab, line feed and
   * carriage return; lone surrogates; U+FFFE, U+FFFF) replaced by U+FFFD: an error message may echo
   * a parameter, and a parameter may hold anything ("Char" production, XML 1.0 §2.2).
   */
  static String xmlText(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean surrogatePair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean allowed =
          surrogatePair
              || c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c < 0xD800)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(allowed ? c : REPLACEMENT);
        if (surrogatePair) {
          out.append(text.charAt(++i));
        }
      } else if (surrogatePair) {
        i++;
      }
    }
    return out == null ? text : out.toString();
  }
}
