package dev.rehearsal.core.workflow.matrix;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.List;
import java.util.Map;

/**
 * A job's {@code strategy.matrix} as written: a mapping of vectors with {@code include} and {@code
 * exclude}, or one expression ({@code ${{ fromJSON(needs.plan.outputs.matrix) }}}); any string in
 * it may be an expression. {@link #expand} gives the jobs when nothing needs evaluating; otherwise
 * the runner evaluates the expressions, builds the evaluated matrix with {@link #withDefinition}
 * and expands that.
 *
 * <p>{@code locations} maps the paths of the written nodes ({@code
 * jobs.test.strategy.matrix.exclude[0].os}) to their place in the file, for messages.
 */
public record Matrix(
    String jobId,
    MatrixValue definition,
    String path,
    Location location,
    Map<String, Location> locations) {
  /** "A matrix will generate a maximum of 256 jobs per workflow run". */
  public static final int MAX_COMBINATIONS = 256;

  public Matrix {
    locations = Map.copyOf(locations);
  }

  /** Whether an expression must be evaluated before the matrix can expand. */
  public boolean needsEvaluation() {
    return MatrixValue.hasExpression(definition);
  }

  /** The same matrix with its expressions evaluated by the runner. */
  public Matrix withDefinition(MatrixValue evaluated) {
    return new Matrix(jobId, evaluated, path, location, locations);
  }

  /**
   * The matrix's jobs in GitHub's order, or a {@link
   * dev.rehearsal.core.workflow.source.WorkflowException} when the matrix is malformed, still holds
   * an expression, or makes more than 256 jobs.
   */
  public List<MatrixCombination> expand() {
    return MatrixExpansion.expand(this);
  }
}
