package dev.rehearsal.provisioner;

/**
 * Applies templates to one AWS endpoint: {@code plan} changes nothing, {@code apply} creates or
 * updates the stack and rolls back on a failure as CloudFormation does, {@code destroy} deletes the
 * stack and everything in it.
 */
public interface Provisioner {
  /**
   * What applying {@code request} would change, resource by resource.
   *
   * @throws ProvisionException when the template, a parameter or the stack's state is refused;
   *     nothing is changed
   */
  StackPreview plan(StackRequest request);

  /**
   * Creates the stack, or updates it to {@code request}: the plan first, then each resource's
   * events as they happen. A resource that fails rolls the stack back.
   *
   * @throws ProvisionException when the request is refused before anything is changed
   */
  StackResult apply(StackRequest request, ProvisionListener listener);

  /**
   * Deletes the stack's resources, dependents first, and the stack.
   *
   * @throws ProvisionException when the stack does not exist
   */
  StackResult destroy(String stackName, ProvisionListener listener);
}
