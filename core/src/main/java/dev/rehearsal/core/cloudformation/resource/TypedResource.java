package dev.rehearsal.core.cloudformation.resource;

/** The typed view of one created resource of a type this rehearsal models. */
public sealed interface TypedResource
    permits OidcProviderResource,
        RoleResource,
        PolicyResource,
        ManagedPolicyResource,
        RepositoryResource,
        OpaqueResource {
  String logicalId();
}
