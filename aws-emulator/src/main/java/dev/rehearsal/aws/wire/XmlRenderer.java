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
          generator.writeStringField("Message", message);
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
      generator.writeString(value.toString());
    }
  }
}
