package dev.rehearsal.aws.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.IsolatedEmulatorResource;
import dev.rehearsal.aws.support.SignedRequests;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.w3c.dom.Document;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;

/**
 * {@code CreateChangeSet} on the query protocol (botocore {@code cloudformation/2010-05-15}, {@code
 * CreateChangeSetInput}) takes any soup of {@code Parameters.member.N.*}, {@code
 * Capabilities.member.N}, {@code Tags.member.N.*} and any {@code TemplateBody} text, signed as the
 * SDK signs it, and answers either a change set or one of the errors CloudFormation documents for
 * it, in well-formed XML: never a server failure. What it accepts satisfies botocore's constraints
 * ({@code StackNameOrId}, {@code ChangeSetName}, {@code Tag}).
 */
@QuarkusTest
@WithTestResource(IsolatedEmulatorResource.class)
class CreateChangeSetBindingProperties {
  /** The errors API Reference lists for {@code CreateChangeSet}, and the common ValidationError. */
  private static final Set<String> DOCUMENTED =
      Set.of("ValidationError", "InsufficientCapabilitiesException", "AlreadyExistsException");

  private static final Pattern STACK_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");
  private static final Pattern CHANGE_SET_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]{0,127}");

  private static final String TEMPLATE =
      """
      Parameters:
        Org:
          Type: String
          Default: acme
          AllowedValues: [acme, other]
        Size:
          Type: Number
          Default: 3
        Names:
          Type: CommaDelimitedList
          Default: 'a,b'
        Secret:
          Type: String
          NoEcho: true
          Default: hidden
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            ROLE_NAME
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Allow
                  Principal: {Service: ecs-tasks.amazonaws.com}
                  Action: sts:AssumeRole
                  Condition:
                    StringLike:
                      aws:SourceAccount: !Select [0, !Ref Names]
                      aws:SourceArn: !Sub 'arn:aws:ecs:${AWS::Region}:${Size}:${Org}/*'
      Outputs:
        Arn:
          Value: !GetAtt Role.Arn
      """;

  private static final List<String> KEYS = List.of("Org", "Size", "Names", "Secret");

  private static final List<String> VALUES =
      List.of("acme", "other", "3", "-1.5e3", "a,b", ",", "");

  private static final List<String> CAPABILITIES =
      List.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND");

  /** Stacks created before the property runs, so that an {@code UPDATE} change set has one. */
  private static final List<String> DEPLOYED = List.of("prop-deployed-0", "prop-deployed-1");

  @BeforeAll
  static void deploy() {
    try (CloudFormationClient cfn = Clients.cloudFormation(Clients.ROOT)) {
      for (String name : DEPLOYED) {
        cfn.createStack(
            r ->
                r.stackName(name)
                    .templateBody(TEMPLATE.replace("ROLE_NAME", "Description: unnamed"))
                    .capabilities(Capability.CAPABILITY_IAM));
      }
    }
  }

  /** A form field; a list of them is a request body. */
  record Field(String name, String value) {}

  @Test
  void createChangeSet_answersAChangeSetOrADocumentedError_neverAServerFailure() {
    AtomicInteger created = new AtomicInteger();
    qt().withExamples(400)
        .withShrinkCycles(200)
        .forAll(Generate.frequency(Pair.of(1, wellFormed()), Pair.of(2, soup())))
        .checkAssert(
            form -> {
              HttpResponse<String> response = send(form);
              Document xml = parse(response.body());
              String name = value(form, "StackName").orElse("");
              if (response.statusCode() == 200) {
                assertThat(xml.getDocumentElement().getTagName())
                    .isEqualTo("CreateChangeSetResponse");
                assertThat(name).matches(STACK_NAME);
                assertThat(value(form, "ChangeSetName").orElse("")).matches(CHANGE_SET_NAME);
                assertThat(tagsHaveKeysAndValues(form)).isTrue();
                created.incrementAndGet();
              } else {
                String code = xml.getElementsByTagName("Code").item(0).getTextContent();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
                assertThat(code).as(response.body()).isIn(DOCUMENTED);
              }
            });
    // the soup is drawn so that a good share of it gets past the validation to the plan
    assertThat(created.get()).as("requests that created a change set").isGreaterThan(20);
  }

  private static HttpResponse<String> send(List<Field> form) {
    String body =
        form.stream()
            .map(f -> encode(f.name()) + "=" + encode(f.value()))
            .collect(Collectors.joining("&"));
    try {
      return SignedRequests.post(
          "cloudformation",
          "us-east-1",
          body.getBytes(StandardCharsets.UTF_8),
          "Content-Type",
          "application/x-www-form-urlencoded; charset=utf-8");
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Document parse(String body) {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + body, e);
    }
  }

  private static Optional<String> value(List<Field> form, String name) {
    return form.stream().filter(f -> f.name().equals(name)).map(Field::value).findFirst();
  }

  /** botocore {@code Tag}: {@code Key} and {@code Value} both required, at least 1 character. */
  private static boolean tagsHaveKeysAndValues(List<Field> form) {
    Map<String, Map<String, String>> tags =
        form.stream()
            .filter(f -> f.name().startsWith("Tags.member."))
            .collect(
                Collectors.groupingBy(
                    f -> f.name().substring(0, f.name().lastIndexOf('.')),
                    Collectors.toMap(
                        f -> f.name().substring(f.name().lastIndexOf('.') + 1),
                        Field::value,
                        (a, b) -> a)));
    return tags.entrySet().stream()
        .filter(e -> isIndex(e.getKey().substring("Tags.member.".length())))
        .allMatch(
            e ->
                !e.getValue().getOrDefault("Key", "").isEmpty()
                    && !e.getValue().getOrDefault("Value", "").isEmpty());
  }

  private static boolean isIndex(String text) {
    try {
      return Integer.parseInt(text) > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * A request CloudFormation would take, now and then for a stack or change set that exists or with
   * a value a parameter does not allow.
   */
  private static Gen<List<Field>> wellFormed() {
    Gen<String> stack = integers().between(100, 5000).map(i -> "prop-" + i);
    Gen<List<Field>> parameters =
        listOf(
            "Parameters",
            Generate.pick(List.of("Org", "Size", "Names"))
                .zip(Generate.pick(VALUES), (key, value) -> key + "=" + value),
            2);
    Gen<List<Field>> tags =
        lists()
            .of(text(1, 8).zip(text(1, 8), (key, value) -> new Field(key, value)))
            .ofSizeBetween(0, 3)
            .map(
                pairs -> {
                  List<Field> fields = new ArrayList<>();
                  for (int i = 0; i < pairs.size(); i++) {
                    fields.add(new Field("Tags.member." + (i + 1) + ".Key", pairs.get(i).name()));
                    fields.add(
                        new Field("Tags.member." + (i + 1) + ".Value", pairs.get(i).value()));
                  }
                  return fields;
                });
    Gen<List<Field>> form =
        in -> {
          List<Field> fields = new ArrayList<>();
          fields.add(new Field("Action", "CreateChangeSet"));
          fields.add(new Field("Version", "2010-05-15"));
          fields.add(new Field("StackName", stack.generate(in)));
          fields.add(new Field("ChangeSetName", "initial"));
          fields.add(new Field("ChangeSetType", "CREATE"));
          fields.add(new Field("TemplateBody", validTemplates().generate(in)));
          List<Field> keyValues = parameters.generate(in);
          for (int i = 0; i < keyValues.size(); i++) {
            String[] keyValue = keyValues.get(i).value().split("=", 2);
            fields.add(new Field("Parameters.member." + (i + 1) + ".ParameterKey", keyValue[0]));
            fields.add(new Field("Parameters.member." + (i + 1) + ".ParameterValue", keyValue[1]));
          }
          fields.add(new Field("Capabilities.member.1", "CAPABILITY_NAMED_IAM"));
          fields.addAll(tags.generate(in));
          return fields;
        };
    return form.describedAs(List::toString);
  }

  private static Gen<List<Field>> soup() {
    Gen<Optional<String>> stackName =
        Generate.frequency(
                Pair.of(5, integers().between(0, 30).map(i -> "prop-" + i)),
                Pair.of(2, Generate.pick(DEPLOYED)),
                Pair.of(1, text(0, 12)))
            .toOptionals(5);
    Gen<Optional<String>> changeSetName =
        Generate.frequency(
                Pair.of(10, integers().between(0, 3).map(i -> "cs" + i)), Pair.of(1, text(0, 8)))
            .toOptionals(5);
    Gen<Optional<String>> type =
        Generate.frequency(
                Pair.of(6, Generate.constant("CREATE")),
                Pair.of(3, Generate.constant("UPDATE")),
                Pair.of(1, Generate.pick(List.of("IMPORT", "create", ""))))
            .toOptionals(10);
    Gen<Optional<String>> template =
        Generate.frequency(
                Pair.of(6, validTemplates()),
                Pair.of(2, mutated(validTemplates())),
                Pair.of(1, text(0, 40)))
            .toOptionals(5);
    Gen<List<Field>> parameters = members("Parameters", parameter());
    Gen<List<Field>> capabilities = listOf("Capabilities", oftenOneOf(CAPABILITIES, 6), 3);
    Gen<List<Field>> tags = members("Tags", tag());
    Gen<List<Field>> form =
        in -> {
          List<Field> fields = new ArrayList<>();
          fields.add(new Field("Action", "CreateChangeSet"));
          fields.add(new Field("Version", "2010-05-15"));
          stackName.generate(in).ifPresent(v -> fields.add(new Field("StackName", v)));
          changeSetName.generate(in).ifPresent(v -> fields.add(new Field("ChangeSetName", v)));
          type.generate(in).ifPresent(v -> fields.add(new Field("ChangeSetType", v)));
          template.generate(in).ifPresent(v -> fields.add(new Field("TemplateBody", v)));
          fields.addAll(parameters.generate(in));
          fields.addAll(capabilities.generate(in));
          fields.addAll(tags.generate(in));
          return fields;
        };
    return form.describedAs(List::toString);
  }

  /** One of {@code values}, or {@code 1} time in {@code odds + 1} any text. */
  private static Gen<String> oftenOneOf(List<String> values, int odds) {
    return Generate.frequency(Pair.of(odds, Generate.pick(values)), Pair.of(1, text(0, 8)));
  }

  /** {@code Name.member.1} … {@code Name.member.N}, up to {@code max} members. */
  private static Gen<List<Field>> listOf(String list, Gen<String> member, int max) {
    return lists()
        .of(member)
        .ofSizeBetween(0, max)
        .map(
            values -> {
              List<Field> fields = new ArrayList<>();
              for (int i = 0; i < values.size(); i++) {
                fields.add(new Field(list + ".member." + (i + 1), values.get(i)));
              }
              return fields;
            });
  }

  /** {@code Name.member.N.Field} for up to four members, N now and then 0, repeated or a word. */
  private static Gen<List<Field>> members(String list, Gen<List<Field>> member) {
    Gen<String> index =
        Generate.frequency(
            Pair.of(12, integers().between(1, 4).map(i -> Integer.toString(i))),
            Pair.of(1, Generate.pick(List.of("0", "-1", "x", "99999999999", ""))));
    Gen<List<Field>> one =
        index.zip(
            member,
            (n, fields) ->
                fields.stream()
                    .map(f -> new Field(list + ".member." + n + "." + f.name(), f.value()))
                    .toList());
    return lists()
        .of(one)
        .ofSizeBetween(0, 4)
        .map(groups -> groups.stream().flatMap(List::stream).toList());
  }

  /** {@code Parameter}: a declared or other key, a value, UsePreviousValue; any may be absent. */
  private static Gen<List<Field>> parameter() {
    Gen<Optional<String>> key = oftenOneOf(KEYS, 8).toOptionals(5);
    Gen<Optional<String>> value = oftenOneOf(VALUES, 8).toOptionals(10);
    Gen<Optional<String>> previous =
        Generate.pick(List.of("true", "false", "TRUE", "yes")).toOptionals(80);
    return in -> {
      List<Field> fields = new ArrayList<>();
      key.generate(in).ifPresent(v -> fields.add(new Field("ParameterKey", v)));
      value.generate(in).ifPresent(v -> fields.add(new Field("ParameterValue", v)));
      previous.generate(in).ifPresent(v -> fields.add(new Field("UsePreviousValue", v)));
      return fields;
    };
  }

  /** {@code Tag}: a key and a value, either now and then absent. */
  private static Gen<List<Field>> tag() {
    Gen<String> text = Generate.frequency(Pair.of(12, text(1, 8)), Pair.of(1, text(0, 0)));
    Gen<Optional<String>> key = text.toOptionals(4);
    Gen<Optional<String>> value = text.toOptionals(4);
    return in -> {
      List<Field> fields = new ArrayList<>();
      key.generate(in).ifPresent(v -> fields.add(new Field("Key", v)));
      value.generate(in).ifPresent(v -> fields.add(new Field("Value", v)));
      return fields;
    };
  }

  /** The template above, with or without a custom role name. */
  private static Gen<String> validTemplates() {
    return Generate.pick(
        List.of(
            TEMPLATE.replace("ROLE_NAME", "Description: unnamed"),
            TEMPLATE.replace("ROLE_NAME", "RoleName: !Sub 'prop-${Org}'"),
            TEMPLATE.replace("ROLE_NAME", "Path: !Sub '/${Org}/'")));
  }

  /** A template with a few characters deleted, replaced or inserted somewhere. */
  private static Gen<String> mutated(Gen<String> templates) {
    Gen<Character> character =
        Generate.oneOf(
            Generate.pick(List.of(':', ' ', '\n', '-', '!', '{', '[', '\'', '"', '$', '#', '&')),
            Generate.characters(0x20, 0x7E));
    return in -> {
      StringBuilder text = new StringBuilder(templates.generate(in));
      int edits = integers().between(1, 4).generate(in);
      for (int i = 0; i < edits && text.length() > 0; i++) {
        int at = integers().between(0, text.length() - 1).generate(in);
        switch (integers().between(0, 2).generate(in)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.setCharAt(at, character.generate(in));
          default -> text.insert(at, character.generate(in));
        }
      }
      return text.toString();
    };
  }

  /** Printable ASCII now and then mixed with any other character of the BMP but surrogates. */
  private static Gen<String> text(int min, int max) {
    Gen<Character> character =
        Generate.frequency(
            Pair.of(4, Generate.characters(0x20, 0x7E)),
            Pair.of(
                1,
                integers()
                    .between(0, 0xFFFD - 0x800)
                    .map(c -> (char) (c >= 0xD800 ? c + 0x800 : c.intValue()))));
    return lists()
        .of(character)
        .ofSizeBetween(min, max)
        .map(
            chars -> {
              StringBuilder text = new StringBuilder(chars.size());
              chars.forEach(text::append);
              return text.toString();
            });
  }
}
