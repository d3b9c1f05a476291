package dev.rehearsal.core.evaluation;

/** The IAM User Guide pages the evaluation tests pin their cases to. */
final class IamDocs {
  private static final String GUIDE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/";

  static final String CONDITION_OPERATORS =
      GUIDE + "reference_policies_elements_condition_operators.html";
  static final String MULTIPLE_KEYS_OR_VALUES =
      GUIDE + "reference_policies_multi-value-conditions.html";
  static final String SET_OPERATORS =
      GUIDE + "reference_policies_condition-single-vs-multi-valued-context-keys.html";
  static final String MULTIVALUED_EXAMPLES =
      GUIDE + "reference_policies_condition_examples-multi-valued-context-keys.html";
  static final String CONDITION_ELEMENT = GUIDE + "reference_policies_elements_condition.html";
  static final String VARIABLES = GUIDE + "reference_policies_variables.html";
  static final String EVALUATION_LOGIC = GUIDE + "reference_policies_evaluation-logic.html";
  static final String PRINCIPAL = GUIDE + "reference_policies_elements_principal.html";
  static final String NOT_PRINCIPAL = GUIDE + "reference_policies_elements_notprincipal.html";
  static final String ACTION = GUIDE + "reference_policies_elements_action.html";
  static final String NOT_ACTION = GUIDE + "reference_policies_elements_notaction.html";
  static final String RESOURCE = GUIDE + "reference_policies_elements_resource.html";
  static final String NOT_RESOURCE = GUIDE + "reference_policies_elements_notresource.html";

  private IamDocs() {}
}
