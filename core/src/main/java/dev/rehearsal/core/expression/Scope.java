package dev.rehearsal.core.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which contexts (named values) and which special functions an expression may use at one place in a
 * workflow: GitHub allows different ones in different keys (docs, "Contexts reference", Context
 * availability; see {@link ContextAvailability}). Built-in functions are always allowed. Names are
 * compared without regard to case, as the runner's parser does.
 */
public final class Scope {
  private final Map<String, String> namedValues;
  private final Map<String, FunctionSpec> functions;
  private final boolean permissive;

  private Scope(
      Map<String, String> namedValues, Map<String, FunctionSpec> functions, boolean permissive) {
    this.namedValues = namedValues;
    this.functions = functions;
    this.permissive = permissive;
  }

  public static Scope of(Collection<String> namedValues, Collection<FunctionSpec> functions) {
    Map<String, String> names = new LinkedHashMap<>();
    namedValues.forEach(name -> names.put(IgnoreCase.fold(name), name));
    Map<String, FunctionSpec> specs = new LinkedHashMap<>();
    functions.forEach(spec -> specs.put(IgnoreCase.fold(spec.name()), spec));
    return new Scope(Map.copyOf(names), Map.copyOf(specs), false);
  }

  public static Scope of(Collection<String> namedValues, FunctionSpec... functions) {
    return of(namedValues, List.of(functions));
  }

  /**
   * Any named value and any function, with no argument count checked for an unknown function: the
   * runner's {@code ExpressionParser.ValidateSyntax}, for checking syntax alone.
   */
  public static Scope permissive() {
    return new Scope(Map.of(), Map.of(), true);
  }

  /** This scope with more named values and functions allowed. */
  public Scope with(Collection<String> moreNamedValues, Collection<FunctionSpec> moreFunctions) {
    List<String> names = new ArrayList<>(namedValues.values());
    names.addAll(moreNamedValues);
    List<FunctionSpec> specs = new ArrayList<>(functions.values());
    specs.addAll(moreFunctions);
    Scope scope = of(names, specs);
    return permissive ? new Scope(scope.namedValues, scope.functions, true) : scope;
  }

  public Set<String> namedValues() {
    return new LinkedHashSet<>(namedValues.values());
  }

  /** The special functions allowed here, not counting the built-in ones. */
  public List<FunctionSpec> functions() {
    return List.copyOf(functions.values());
  }

  public boolean isPermissive() {
    return permissive;
  }

  boolean allowsNamedValue(String name) {
    return permissive || namedValues.containsKey(IgnoreCase.fold(name));
  }

  /** A built-in function first, as the runner's {@code TryGetFunctionInfo} looks them up. */
  Optional<FunctionSpec> function(String name) {
    Optional<FunctionSpec> builtIn = builtIn(name);
    return builtIn.isPresent()
        ? builtIn
        : Optional.ofNullable(functions.get(IgnoreCase.fold(name)));
  }

  static Optional<FunctionSpec> builtIn(String name) {
    return FunctionSpec.BUILT_IN.stream()
        .filter(spec -> IgnoreCase.equals(spec.name(), name))
        .findFirst();
  }

  @Override
  public String toString() {
    return permissive
        ? "Scope[permissive]"
        : "Scope[namedValues=" + namedValues() + ", functions=" + functions() + "]";
  }
}
