package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.iam.IamShapes.AddClientIDToOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.CreateOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.CreateOpenIDConnectProviderResponse;
import dev.rehearsal.aws.iam.IamShapes.DeleteOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.GetOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.GetOpenIDConnectProviderResponse;
import dev.rehearsal.aws.iam.IamShapes.ListOpenIDConnectProviderTagsRequest;
import dev.rehearsal.aws.iam.IamShapes.ListOpenIDConnectProviderTagsResponse;
import dev.rehearsal.aws.iam.IamShapes.ListOpenIDConnectProvidersRequest;
import dev.rehearsal.aws.iam.IamShapes.ListOpenIDConnectProvidersResponse;
import dev.rehearsal.aws.iam.IamShapes.OpenIDConnectProviderListEntry;
import dev.rehearsal.aws.iam.IamShapes.RemoveClientIDFromOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.TagOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.UntagOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.UpdateOpenIDConnectProviderThumbprintRequest;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationErrors;
import dev.rehearsal.core.federation.ProviderUrls;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * IAM's OpenID Connect provider operations, typed (botocore {@code iam/2010-05-08}): create, get,
 * list, delete, thumbprints, client ids, tags. Each is authorised first ({@link IamAccess}), then
 * validated as IAM validates it. Limits: 100 client ids, 5 thumbprints (IAM User Guide, "IAM and
 * AWS STS quotas").
 */
public final class OidcProviderOperations {
  static final int MAX_CLIENT_IDS = 100;
  static final int MAX_THUMBPRINTS = 5;

  private final IamStore store;
  private final IamAccess access;
  private final String accountId;
  private final Clock clock;

  public OidcProviderOperations(IamStore store, IamAccess access, String accountId, Clock clock) {
    this.store = store;
    this.access = access;
    this.accountId = accountId;
    this.clock = clock;
  }

  public CreateOpenIDConnectProviderResponse createOpenIDConnectProvider(
      Caller caller, CreateOpenIDConnectProviderRequest request) {
    access.require(caller, "CreateOpenIDConnectProvider", null, null);
    String url = request.url();
    List<String> clientIds = IamParams.orEmpty(request.clientIDList());
    List<String> thumbprints = IamParams.orEmpty(request.thumbprintList());
    ValidationErrors errors = new ValidationErrors().required("url", url, 1, 255);
    clientIds.forEach(id -> errors.required("clientIDList.member", id, 1, 255));
    thumbprints.forEach(t -> errors.required("thumbprintList.member", t, 40, 40));
    List<Tag> tags = IamParams.tags(request.tags(), errors);
    errors.throwIfAny();
    if (!url.startsWith("https://") || url.length() <= "https://".length()) {
      throw new RehearsalException(
          AwsErrorCode.INVALID_INPUT, "Invalid Open ID Connect Provider URL: '" + url + "'");
    }
    checkLimits(clientIds, thumbprints);
    String arn = ProviderUrls.arn(accountId, url);
    ProviderEntity provider =
        new ProviderEntity(
            arn,
            ProviderUrls.withoutScheme(url),
            clientIds.stream().distinct().toList(),
            thumbprints,
            clock.instant(),
            tags);
    store.change(
        state -> {
          if (state.providers().containsKey(arn)) {
            throw new RehearsalException(
                AwsErrorCode.ENTITY_ALREADY_EXISTS,
                "Provider with url " + url + " already exists.");
          }
          return new IamStore.Change<>(state.withProvider(provider), arn);
        });
    return new CreateOpenIDConnectProviderResponse(arn, tags);
  }

  public GetOpenIDConnectProviderResponse getOpenIDConnectProvider(
      Caller caller, GetOpenIDConnectProviderRequest request) {
    String arn = request.openIDConnectProviderArn();
    access.require(caller, "GetOpenIDConnectProvider", null, arn);
    ProviderEntity provider = find(store.state().providers(), arn);
    return new GetOpenIDConnectProviderResponse(
        provider.url(),
        provider.clientIds(),
        provider.thumbprints(),
        provider.createDate(),
        provider.tags());
  }

  public ListOpenIDConnectProvidersResponse listOpenIDConnectProviders(
      Caller caller, ListOpenIDConnectProvidersRequest request) {
    access.require(caller, "ListOpenIDConnectProviders", null, null);
    return new ListOpenIDConnectProvidersResponse(
        store.state().providers().keySet().stream()
            .map(OpenIDConnectProviderListEntry::new)
            .toList());
  }

  public void deleteOpenIDConnectProvider(
      Caller caller, DeleteOpenIDConnectProviderRequest request) {
    String arn = request.openIDConnectProviderArn();
    access.require(caller, "DeleteOpenIDConnectProvider", null, arn);
    store.change(
        state -> {
          find(state.providers(), arn);
          return new IamStore.Change<>(state.withoutProvider(arn), arn);
        });
  }

  public void updateOpenIDConnectProviderThumbprint(
      Caller caller, UpdateOpenIDConnectProviderThumbprintRequest request) {
    String arn = request.openIDConnectProviderArn();
    access.require(caller, "UpdateOpenIDConnectProviderThumbprint", null, arn);
    List<String> thumbprints = IamParams.orEmpty(request.thumbprintList());
    ValidationErrors errors = new ValidationErrors();
    thumbprints.forEach(t -> errors.required("thumbprintList.member", t, 40, 40));
    errors.throwIfAny();
    checkLimits(List.of(), thumbprints);
    update(arn, p -> p.withThumbprints(thumbprints));
  }

  public void addClientIDToOpenIDConnectProvider(
      Caller caller, AddClientIDToOpenIDConnectProviderRequest request) {
    changeClientIds(
        caller,
        "AddClientIDToOpenIDConnectProvider",
        request.openIDConnectProviderArn(),
        request.clientID(),
        (ids, clientId) -> {
          List<String> added = new ArrayList<>(ids);
          if (!added.contains(clientId)) {
            added.add(clientId);
          }
          checkLimits(added, List.of());
          return added;
        });
  }

  public void removeClientIDFromOpenIDConnectProvider(
      Caller caller, RemoveClientIDFromOpenIDConnectProviderRequest request) {
    changeClientIds(
        caller,
        "RemoveClientIDFromOpenIDConnectProvider",
        request.openIDConnectProviderArn(),
        request.clientID(),
        (ids, clientId) -> ids.stream().filter(id -> !id.equals(clientId)).toList());
  }

  public void tagOpenIDConnectProvider(Caller caller, TagOpenIDConnectProviderRequest request) {
    String arn = request.openIDConnectProviderArn();
    access.require(caller, "TagOpenIDConnectProvider", null, arn);
    ValidationErrors errors = new ValidationErrors();
    List<Tag> tags = IamParams.tags(request.tags(), errors);
    errors.throwIfAny();
    update(arn, p -> p.withTags(IamParams.merge(p.tags(), tags)));
  }

  public void untagOpenIDConnectProvider(Caller caller, UntagOpenIDConnectProviderRequest request) {
    String arn = request.openIDConnectProviderArn();
    access.require(caller, "UntagOpenIDConnectProvider", null, arn);
    List<String> keys = IamParams.orEmpty(request.tagKeys());
    update(arn, p -> p.withTags(IamParams.untag(p.tags(), keys)));
  }

  public ListOpenIDConnectProviderTagsResponse listOpenIDConnectProviderTags(
      Caller caller, ListOpenIDConnectProviderTagsRequest request) {
    String arn = request.openIDConnectProviderArn();
    access.require(caller, "ListOpenIDConnectProviderTags", null, arn);
    ProviderEntity provider = find(store.state().providers(), arn);
    Page<Tag> page = Page.of(provider.tags(), request.maxItems(), request.marker());
    return new ListOpenIDConnectProviderTagsResponse(
        page.items(), page.truncated(), page.nextMarker());
  }

  private void update(String arn, UnaryOperator<ProviderEntity> change) {
    store.change(
        state -> {
          ProviderEntity changed = change.apply(find(state.providers(), arn));
          return new IamStore.Change<>(state.withProvider(changed), changed);
        });
  }

  private void changeClientIds(
      Caller caller,
      String operation,
      String arn,
      String clientId,
      BiFunction<List<String>, String, List<String>> change) {
    access.require(caller, operation, null, arn);
    new ValidationErrors().required("clientID", clientId, 1, 255).throwIfAny();
    update(arn, p -> p.withClientIds(change.apply(p.clientIds(), clientId)));
  }

  /** The provider {@code arn} names, or IAM's {@code NoSuchEntity}. */
  private static ProviderEntity find(Map<String, ProviderEntity> providers, String arn) {
    IamParams.arn(new ValidationErrors(), "openIDConnectProviderArn", arn).throwIfAny();
    ProviderEntity provider = providers.get(arn);
    if (provider == null) {
      throw new RehearsalException(
          AwsErrorCode.NO_SUCH_ENTITY, "OpenIDConnect provider not found for arn " + arn);
    }
    return provider;
  }

  private static void checkLimits(List<String> clientIds, List<String> thumbprints) {
    if (clientIds.size() > MAX_CLIENT_IDS) {
      throw new RehearsalException(
          AwsErrorCode.LIMIT_EXCEEDED,
          "Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: " + MAX_CLIENT_IDS);
    }
    if (thumbprints.size() > MAX_THUMBPRINTS) {
      throw new RehearsalException(
          AwsErrorCode.LIMIT_EXCEEDED,
          "Cannot exceed quota for ThumbprintsPerOpenIdConnectProvider: " + MAX_THUMBPRINTS);
    }
  }
}
