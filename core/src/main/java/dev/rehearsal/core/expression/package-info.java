/**
 * GitHub Actions' expression language, {@code ${{ … }}}, as GitHub evaluates it: the grammar, error
 * messages and limits of the runner's parser ({@code actions/runner}, {@code
 * src/Sdk/DTExpressions2}), the values and loose coercions of "Evaluate expressions in workflows
 * and actions", the contexts each workflow key may use ("Contexts reference", Context
 * availability), the built-in, status check and {@code hashFiles} functions, and the template
 * reader's reading of strings with {@code ${{ }}} in them and of {@code if:} conditions.
 *
 * <p>Entry points: {@link dev.rehearsal.core.expression.ExpressionParser} (text to {@link
 * dev.rehearsal.core.expression.Expression} tree), {@link
 * dev.rehearsal.core.expression.ExpressionEvaluator} (tree and {@link
 * dev.rehearsal.core.expression.Contexts} to {@link dev.rehearsal.core.expression.Value}), {@link
 * dev.rehearsal.core.expression.Template}, {@link dev.rehearsal.core.expression.Condition} and
 * {@link dev.rehearsal.core.expression.ExpressionPrinter}. Every refusal is an {@link
 * dev.rehearsal.core.expression.ExpressionException} in GitHub's words.
 */
package dev.rehearsal.core.expression;
