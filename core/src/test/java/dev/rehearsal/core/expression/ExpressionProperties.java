package dev.rehearsal.core.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import dev.rehearsal.core.property.Labels;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever the text, the parser answers with a tree or with GitHub's positioned refusal, never
 * another exception; a printed tree reads back as itself; and evaluating any tree over any contexts
 * gives a value or an {@link ExpressionException}.
 */
class ExpressionProperties {
  private static final int TRIES = 2000;

  private static Gen<String> texts() {
    return Gens.oneOf(
        ExpressionGens.tokenSoup(TRIES),
        ExpressionGens.grammarCharacters(TRIES),
        ExpressionGens.printedTrees(),
        ExpressionGens.mutatedTrees(),
        Gens.anyString(TRIES));
  }

  @Test
  void parse_ofAnyText_givesTreeOrPositionedException() {
    Labels labels = new Labels("parse_ofAnyText_givesTreeOrPositionedException");
    qt().withExamples(TRIES)
        .forAll(texts(), ExpressionGens.scopes())
        .checkAssert(
            (text, scope) -> {
              try {
                assertThat(ExpressionParser.parse(text, scope)).isNotNull();
                labels.collect("parsed");
              } catch (ExpressionException refused) {
                labels.collect(refused.getMessage().replaceFirst("(?s):.*", ""));
                refused
                    .position()
                    .ifPresent(position -> assertThat(position).isBetween(1, text.length()));
              }
            });
    labels.print();
  }

  @Test
  void templateAndCondition_ofAnyText_giveAResultOrExpressionException() {
    qt().withExamples(TRIES)
        .forAll(texts(), ExpressionGens.scopes(), ExpressionGens.contexts())
        .checkAssert(
            (text, scope, contexts) -> {
              valueOrRefusal(() -> Template.parse(text, scope).evaluate(contexts));
              valueOrRefusal(() -> Value.of(Condition.parse(text, scope).evaluate(contexts)));
              valueOrRefusal(() -> ExpressionEvaluator.evaluate(text, scope, contexts));
            });
  }

  @Test
  void print_ofAParsedText_readsBackAsTheSameTree() {
    Labels labels = new Labels("print_ofAParsedText_readsBackAsTheSameTree");
    qt().withExamples(TRIES)
        .forAll(Gens.oneOf(ExpressionGens.tokenSoup(TRIES), ExpressionGens.mutatedTrees()))
        .checkAssert(
            text -> {
              Expression tree;
              try {
                tree = Evaluate.parse(text);
              } catch (ExpressionException refused) {
                labels.collect("refused");
                return;
              }
              labels.collect("parsed", tree.getClass().getSimpleName());
              assertThat(Evaluate.parse(ExpressionPrinter.print(tree))).isEqualTo(tree);
              assertThat(ExpressionPrinter.printLikeRunner(tree)).isNotEmpty();
            });
    labels.print();
  }

  @Test
  void print_ofAnyParserShapedTree_readsBackAsTheSameTree() {
    qt().withExamples(TRIES)
        .forAll(ExpressionGens.parsedTrees(5))
        .checkAssert(
            tree -> assertThat(Evaluate.parse(ExpressionPrinter.print(tree))).isEqualTo(tree));
  }

  @Test
  void evaluate_ofAnyTreeOverAnyContexts_givesValueOrExpressionException() {
    Labels labels = new Labels("evaluate_ofAnyTreeOverAnyContexts_givesValueOrExpressionException");
    qt().withExamples(TRIES)
        .forAll(ExpressionGens.anyTrees(6), ExpressionGens.contexts())
        .checkAssert(
            (tree, contexts) ->
                labels.collect(valueOrRefusal(() -> ExpressionEvaluator.evaluate(tree, contexts))));
    labels.print();
  }

  @Test
  void looseEquality_isSymmetricAndComparisonAntisymmetric() {
    qt().withExamples(TRIES)
        .forAll(ExpressionGens.values(2), ExpressionGens.values(2))
        .checkAssert(
            (a, b) -> {
              assertThat(Coercion.looseEquals(a, b)).isEqualTo(Coercion.looseEquals(b, a));
              Integer ab = Coercion.compare(a, b);
              Integer ba = Coercion.compare(b, a);
              assertThat(ab == null ? null : -ab).isEqualTo(ba);
            });
  }

  @Test
  void numberAsString_readsBackAsTheSameString() {
    qt().withExamples(TRIES)
        .forAll(
            Gens.oneOf(
                org.quicktheories.generators.SourceDSL.doubles().any(),
                Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE, TRIES).map(Long::doubleValue)))
        .checkAssert(
            number -> {
              String text = Numbers.format(number);
              assertThat(Numbers.format(Numbers.parse(text))).isEqualTo(text);
            });
  }

  /** The kind of the value, or "refused"; any other exception fails the property. */
  private static String valueOrRefusal(Supplier<Value> evaluation) {
    try {
      Value value = evaluation.get();
      assertThat(Values.toJson(value)).isNotNull();
      return value.kind().displayName();
    } catch (ExpressionException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return "refused";
    }
  }
}
