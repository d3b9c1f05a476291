package dev.rehearsal.core.evaluation;

import static dev.rehearsal.core.evaluation.IamDocs.CONDITION_OPERATORS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTest {
  /** StringLike: "multi-character match wildcards (*) and single-character match wildcards (?)". */
  @ParameterizedTest(name = "''{0}'' ~ ''{1}'' = {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "*|\"\"|true",
        "*|anything at all|true",
        "\"\"|\"\"|true",
        "\"\"|a|false",
        "repo:acme/*|repo:acme/app:ref:refs/heads/main|true",
        "repo:acme/*|repo:acme|false",
        "a*b*c|abc|true",
        "a*b*c|aXbYbZc|true",
        "a*b*c|acb|false",
        "?|x|true",
        "?|\"\"|false",
        "??|x|false",
        "a?c|abc|true",
        "*?|\"\"|false",
        "*a*|bab|true",
        "[a]?|[a]b|true",
        "a**b|ab|true",
        "*.example.com|api.example.com|true",
        "*.example.com|example.com|false"
      })
  void matches_caseSensitive_followsStringLike(String pattern, String text, boolean expected) {
    assertThat(Wildcard.compile(pattern, false).matches(text))
        .as(CONDITION_OPERATORS)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "''{0}'' ~ ''{1}'' = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sts:AssumeRole*|STS:assumerolewithwebidentity|true",
        "S3:GET?BJECT|s3:getobject|true",
        "iam:*AccessKey*|IAM:LISTACCESSKEYS|true",
        "iam:Get*|iam:ListUsers|false"
      })
  void matches_ignoringCase_followsActionNames(String pattern, String text, boolean expected) {
    assertThat(Wildcard.compile(pattern, true).matches(text))
        .as(IamDocs.ACTION)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "literal ''{0}'' ~ ''{1}'' = {2}")
  @CsvSource(
      delimiter = '|',
      value = {"a*|a*|true", "a*|ab|false", "a?|ab|false", "a?|a?|true"})
  void literal_treatsWildcardCharactersAsText(String text, String candidate, boolean expected) {
    assertThat(Wildcard.literal(text, false).matches(candidate)).isEqualTo(expected);
  }
}
