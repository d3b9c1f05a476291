package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.XmlBody;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationErrors;
import dev.rehearsal.core.federation.ProviderUrls;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * IAM's OpenID Connect provider actions (botocore {@code iam/2010-05-08}): create, get, list,
 * delete, thumbprints, client ids, tags. Limits: 100 client ids, 5 thumbprints (IAM User Guide,
 * "IAM and AWS STS quotas").
 */
final class OidcProviderActions {
  static final int MAX_CLIENT_IDS = 100;
  static final int MAX_THUMBPRINTS = 5;

  private final IamStore store;
  private final String accountId;
  private final Clock clock;

  OidcProviderActions(IamStore store, String accountId, Clock clock) {
    this.store = store;
    this.accountId = accountId;
    this.clock = clock;
  }

  void register(Map<String, IamAction> actions) {
    actions.put("CreateOpenIDConnectProvider", this::create);
    actions.put("GetOpenIDConnectProvider", this::get);
    actions.put("ListOpenIDConnectProviders", this::list);
    actions.put("DeleteOpenIDConnectProvider", this::delete);
    actions.put("UpdateOpenIDConnectProviderThumbprint", this::updateThumbprints);
    actions.put("AddClientIDToOpenIDConnectProvider", this::addClientId);
    actions.put("RemoveClientIDFromOpenIDConnectProvider", this::removeClientId);
    actions.put("TagOpenIDConnectProvider", this::tag);
    actions.put("UntagOpenIDConnectProvider", this::untag);
    actions.put("ListOpenIDConnectProviderTags", this::listTags);
  }

  private Optional<XmlBody> create(QueryParams params) {
    String url = params.orNull("Url");
    List<String> clientIds = params.list("ClientIDList");
    List<String> thumbprints = params.list("ThumbprintList");
    ValidationErrors errors = new ValidationErrors().required("url", url, 1, 255);
    clientIds.forEach(id -> errors.required("clientIDList.member", id, 1, 255));
    thumbprints.forEach(t -> errors.required("thumbprintList.member", t, 40, 40));
    List<Tag> tags = IamParams.tags(params, errors);
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
            distinct(clientIds),
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
    XmlBody result = new XmlBody().text("OpenIDConnectProviderArn", arn);
    if (!tags.isEmpty()) {
      result.list("Tags", IamXml.tags(tags));
    }
    return Optional.of(result);
  }

  private Optional<XmlBody> get(QueryParams params) {
    ProviderEntity provider = find(store.state().providers(), params);
    XmlBody result =
        new XmlBody()
            .text("Url", provider.url())
            .list("ClientIDList", provider.clientIds())
            .list("ThumbprintList", provider.thumbprints())
            .time("CreateDate", provider.createDate());
    if (!provider.tags().isEmpty()) {
      result.list("Tags", IamXml.tags(provider.tags()));
    }
    return Optional.of(result);
  }

  private Optional<XmlBody> list(QueryParams params) {
    List<XmlBody> entries =
        store.state().providers().keySet().stream()
            .map(arn -> new XmlBody().text("Arn", arn))
            .toList();
    return Optional.of(new XmlBody().list("OpenIDConnectProviderList", entries));
  }

  private Optional<XmlBody> delete(QueryParams params) {
    String arn = arnParam(params);
    store.change(
        state -> {
          find(state.providers(), params);
          return new IamStore.Change<>(state.withoutProvider(arn), arn);
        });
    return Optional.empty();
  }

  private Optional<XmlBody> updateThumbprints(QueryParams params) {
    List<String> thumbprints = params.list("ThumbprintList");
    ValidationErrors errors = new ValidationErrors();
    thumbprints.forEach(t -> errors.required("thumbprintList.member", t, 40, 40));
    errors.throwIfAny();
    checkLimits(List.of(), thumbprints);
    return update(params, p -> p.withThumbprints(thumbprints));
  }

  private Optional<XmlBody> addClientId(QueryParams params) {
    String clientId = params.orNull("ClientID");
    new ValidationErrors().required("clientID", clientId, 1, 255).throwIfAny();
    return update(
        params,
        p -> {
          List<String> ids = new ArrayList<>(p.clientIds());
          if (!ids.contains(clientId)) {
            ids.add(clientId);
          }
          checkLimits(ids, List.of());
          return p.withClientIds(ids);
        });
  }

  private Optional<XmlBody> removeClientId(QueryParams params) {
    String clientId = params.orNull("ClientID");
    new ValidationErrors().required("clientID", clientId, 1, 255).throwIfAny();
    return update(
        params,
        p -> p.withClientIds(p.clientIds().stream().filter(id -> !id.equals(clientId)).toList()));
  }

  private Optional<XmlBody> tag(QueryParams params) {
    ValidationErrors errors = new ValidationErrors();
    List<Tag> tags = IamParams.tags(params, errors);
    errors.throwIfAny();
    return update(params, p -> p.withTags(IamParams.merge(p.tags(), tags)));
  }

  private Optional<XmlBody> untag(QueryParams params) {
    List<String> keys = params.list("TagKeys");
    return update(
        params, p -> p.withTags(p.tags().stream().filter(t -> !keys.contains(t.key())).toList()));
  }

  private Optional<XmlBody> listTags(QueryParams params) {
    ProviderEntity provider = find(store.state().providers(), params);
    return Optional.of(Page.of(provider.tags(), params).write("Tags", IamXml::tag));
  }

  private Optional<XmlBody> update(QueryParams params, UnaryOperator<ProviderEntity> change) {
    store.change(
        state -> {
          ProviderEntity changed = change.apply(find(state.providers(), params));
          return new IamStore.Change<>(state.withProvider(changed), changed);
        });
    return Optional.empty();
  }

  private static String arnParam(QueryParams params) {
    String arn = params.orNull("OpenIDConnectProviderArn");
    IamParams.arn(new ValidationErrors(), "openIDConnectProviderArn", arn).throwIfAny();
    return arn;
  }

  private static ProviderEntity find(Map<String, ProviderEntity> providers, QueryParams params) {
    String arn = arnParam(params);
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

  private static List<String> distinct(List<String> values) {
    return values.stream().distinct().toList();
  }
}
