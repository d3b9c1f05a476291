package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.expression.Template.Embedded;
import dev.rehearsal.core.expression.Template.Text;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strings with {@code ${{ }}} in them, read as the runner's {@code TemplateReader} reads them. */
class TemplateTest {
  private static final Contexts CONTEXTS =
      Evaluate.contexts(Map.of("github", Map.of("ref", "refs/heads/main", "run_number", 3)));

  private static Value evaluate(String template) {
    return Template.parse(template, Scope.permissive()).evaluate(CONTEXTS);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "echo ${{ github.ref }} => echo refs/heads/main",
        "${{ github.ref }}-${{ github.run_number }} => refs/heads/main-3",
        "` ${{ 711 }}` => ` 711`",
        "it's ${{ 1 }} => it's 1",
        "{ ${{ 1 }} } => { 1 }",
        "${{ '}}' }} => }}",
        "x ${{ github }} => x Object",
        "${{ 1 }}${{ 2 }} => 12",
        "no expression {0} here => no expression {0} here",
        "`` => ``",
        // docs: a literal "${{" escaped with an expression string.
        "${{ '{{ this is a literal }}' }} => {{ this is a literal }}",
        "${{ '${{' }} github.ref }} => ${{ github.ref }}",
      })
  void evaluate_givesTheString(String template, String expected) {
    assertThat(evaluate(template)).isEqualTo(Value.of(expected));
  }

  @Test
  void evaluate_ofOneExpression_keepsItsKind() {
    // docs, Literals: "myIntegerNumber: ${{ 711 }}".
    assertThat(evaluate("${{ 711 }}")).isEqualTo(Value.of(711));
    assertThat(evaluate("${{ null }}")).isEqualTo(Value.NULL);
    assertThat(evaluate("${{ fromJSON('[1]') }}")).isEqualTo(ArrayValue.of(Value.of(1)));
    assertThat(evaluate("  ${{ 711 }}")).isEqualTo(Value.of("  711"));
  }

  @Test
  void parse_joinsTextAndExpressionsWithFormat() {
    Template template = Template.parse("a '{b}' ${{ github.ref }} c", Scope.permissive());

    assertThat(template.expression()).contains("format('a ''{{b}}'' {0} c', github.ref)");
    assertThat(template.segments())
        .containsExactly(
            new Text("a '{b}' "),
            new Embedded(
                "github.ref",
                new Expression.Property(new Expression.NamedValue("github"), "ref"),
                8),
            new Text(" c"));
  }

  @Test
  void parse_ofPlainText_isALiteral() {
    Template template = Template.parse("plain", Scope.permissive());

    assertThat(template.literal()).contains("plain");
    assertThat(template.tree()).isEmpty();
  }

  @Test
  void parse_ofAnEmptyExpression_isRefusedAsGitHubDoes() {
    assertThatThrownBy(() -> Template.parse("echo ${{ }}", Scope.permissive()))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("An expression was expected");
  }

  @Test
  void parse_ofAnUnclosedExpression_isRefusedAsGitHubDoes() {
    assertThatThrownBy(() -> Template.parse("echo ${{ github.ref }", Scope.permissive()))
        .isInstanceOfSatisfying(
            ExpressionException.class, e -> assertThat(e.position()).hasValue(6))
        .hasMessage(
            "The expression is not closed. An unescaped ${{ sequence was found, but the closing }}"
                + " sequence was not found.");
  }

  @Test
  void parse_refusesAContextTheKeyDoesNotAllow() {
    // docs, Context availability: secrets are not available in jobs.<job_id>.runs-on.
    assertThatThrownBy(
            () -> Template.parse("${{ secrets.RUNNER }}", ContextAvailability.JOB_RUNS_ON.scope()))
        .isInstanceOf(ExpressionException.class)
        .hasMessage(
            "Unrecognized named-value: 'secrets'. Located at position 1 within expression:"
                + " secrets.RUNNER");
  }
}
