package dev.rehearsal.aws.iam;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rehearsal.aws.state.DataDirectory;
import dev.rehearsal.core.federation.AssumableRole;
import dev.rehearsal.core.federation.OidcProvider;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The account's IAM state in the data directory ({@value #FILE}). Reads see an immutable snapshot;
 * a change is computed on the current state, written atomically, and only then published, one at a
 * time, so a refused or failed change leaves both file and memory as they were.
 */
public final class IamStore {
  static final String FILE = "iam.json";

  /**
   * Made at first use (this holder's initialisation): an account without IAM state starts without
   * Jackson, ~0.1–0.25 s of start-up CPU (docs/benchmarks.d/startup-up-fast.md).
   */
  private static final class Json {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
  }

  private final DataDirectory data;
  private volatile Snapshot snapshot;

  public IamStore(DataDirectory data) {
    this.data = data;
    this.snapshot = new Snapshot(load(data));
  }

  /** A change and what it returns to its caller. */
  public record Change<T>(IamState state, T result) {}

  public IamState state() {
    return snapshot.state;
  }

  /**
   * Applies {@code change} to the current state and persists the result.
   *
   * @throws RuntimeException whatever {@code change} throws, with nothing changed
   */
  public synchronized <T> T change(Function<IamState, Change<T>> change) {
    Change<T> next = change.apply(snapshot.state);
    try {
      data.write(FILE, Json.MAPPER.writeValueAsBytes(next.state()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write IAM state", e);
    }
    snapshot = new Snapshot(next.state());
    return next.result();
  }

  /** The account's providers, as core's rules consume them. */
  public List<OidcProvider> providers() {
    return snapshot.providers;
  }

  /** The role with this ARN, as core's rules consume it. */
  public Optional<AssumableRole> assumableRole(String arn) {
    return Optional.ofNullable(snapshot.rolesByArn.get(arn));
  }

  /** The tags of a role ({@code aws:PrincipalTag/KEY} of its sessions' requests). */
  public Map<String, String> roleTags(String roleArn) {
    return snapshot.roleTags.getOrDefault(roleArn, Map.of());
  }

  /** The identity policies of a role: its inline policies and the defaults of attached ones. */
  public List<PolicyDocument> identityPolicies(String roleArn) {
    return snapshot.identityPolicies.getOrDefault(roleArn, List.of());
  }

  private static IamState load(DataDirectory data) {
    return data.read(FILE)
        .map(
            bytes -> {
              try {
                return Json.MAPPER.readValue(bytes, IamState.class);
              } catch (IOException e) {
                throw new UncheckedIOException(
                    "cannot read IAM state " + data.root().resolve(FILE), e);
              }
            })
        .orElseGet(IamState::empty);
  }

  /** A state with what STS reads on every call derived once (policies parsed, ARNs indexed). */
  private static final class Snapshot {
    final IamState state;
    final List<OidcProvider> providers;
    final Map<String, AssumableRole> rolesByArn = new HashMap<>();
    final Map<String, List<PolicyDocument>> identityPolicies = new HashMap<>();
    final Map<String, Map<String, String>> roleTags = new HashMap<>();

    Snapshot(IamState state) {
      this.state = state;
      List<OidcProvider> list = new ArrayList<>();
      state
          .providers()
          .values()
          .forEach(
              p -> list.add(new OidcProvider(p.arn(), p.url(), p.clientIds(), p.thumbprints())));
      this.providers = List.copyOf(list);
      for (RoleEntity role : state.roles().values()) {
        // Validated when stored; parsed again here only to hold the model.
        PolicyDocument trust = PolicyParser.parse(role.trustPolicy(), PolicyKind.TRUST);
        rolesByArn.put(
            role.arn(),
            new AssumableRole(role.arn(), role.roleId(), trust, role.maxSessionDuration()));
        List<PolicyDocument> policies = new ArrayList<>();
        role.inlinePolicies()
            .values()
            .forEach(doc -> policies.add(PolicyParser.parse(doc, PolicyKind.IDENTITY)));
        for (String arn : role.attachedPolicies()) {
          ManagedPolicyEntity policy = state.policies().get(arn);
          if (policy != null) {
            policies.add(
                PolicyParser.parse(policy.defaultVersion().document(), PolicyKind.IDENTITY));
          }
        }
        identityPolicies.put(role.arn(), List.copyOf(policies));
        Map<String, String> tags = new HashMap<>();
        role.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        roleTags.put(role.arn(), Map.copyOf(tags));
      }
    }
  }
}
