package dev.rehearsal.cli.demo;

import dev.rehearsal.provisioner.ProvisionException;
import dev.rehearsal.provisioner.ProvisionListener;
import dev.rehearsal.provisioner.StackEvent;
import dev.rehearsal.provisioner.StackRequest;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.changeset.ChangeSetProvisioner;
import java.util.Set;
import software.amazon.awssdk.services.ecr.model.Repository;

/**
 * The seed's stack deployed the seed's way — CloudFormation change sets, as {@code aws
 * cloudformation deploy} makes them — first as the article's command does it, without the IAM
 * capability, then with it; and the ECR repository the workflow pushes to, which the stack lacks.
 */
final class StackPhases {
  private static final String CAPABILITY = "CAPABILITY_NAMED_IAM";
  private static final String DEPLOY =
      "aws cloudformation deploy --template-file stack.yaml --stack-name "
          + Seed.STACK_NAME
          + " --parameter-overrides GitHubOrg="
          + Seed.ORGANISATION;

  private final Transcript transcript;
  private final DemoWorld world;
  private final Seed seed;

  StackPhases(Transcript transcript, DemoWorld world, Seed seed) {
    this.transcript = transcript;
    this.world = world;
    this.seed = seed;
  }

  void withoutCapability() {
    Phase phase =
        transcript.begin(
            "deploy-without-capability",
            "Deploy the seed stack as the article's command does",
            "CloudFormation refuses: the stack names its IAM role, which needs "
                + CAPABILITY
                + " acknowledged");
    transcript.say(phase, "you", DEPLOY);
    try {
      StackResult result = provisioner().apply(request(Set.of()), ProvisionListener.silent());
      transcript.say(phase, "CloudFormation", "made the stack: " + result.status());
      transcript.end(phase, false, "CloudFormation made the stack without the capability");
    } catch (ProvisionException e) {
      transcript.say(phase, "CloudFormation", e.toString());
      transcript.say(
          phase,
          "why",
          "RoleName: "
              + Seed.ROLE
              + " is a custom name, and CloudFormation asks whoever creates named IAM resources\n"
              + "to acknowledge it; the article's 'aws cloudformation deploy' omits"
              + " --capabilities "
              + CAPABILITY
              + ".\nNothing was created: the change set was refused.");
      phase.facts().put("errorCode", e.code());
      phase.facts().put("message", e.getMessage());
      boolean refused = e.code().equals("InsufficientCapabilitiesException");
      transcript.end(
          phase, refused, refused ? "refused with " + e.code() : "refused, but with " + e.code());
    }
  }

  boolean withCapability() {
    Phase phase =
        transcript.begin(
            "deploy",
            "Deploy it again with --capabilities " + CAPABILITY,
            "CREATE_COMPLETE: the OIDC provider, the role " + Seed.ROLE + " and its policy");
    transcript.say(phase, "you", DEPLOY + " --capabilities " + CAPABILITY);
    StackResult result =
        provisioner()
            .apply(
                request(Set.of(CAPABILITY)),
                new ProvisionListener() {
                  @Override
                  public void event(StackEvent event) {
                    if (!event.stack() || event.status().endsWith("COMPLETE")) {
                      transcript.say(phase, "CloudFormation", eventLine(event));
                    }
                  }
                });
    result.outputs().forEach((name, value) -> transcript.say(phase, "output", name + " " + value));
    phase.facts().put("status", result.status());
    result.outputs().forEach(phase.facts()::put);
    boolean created = result.succeeded() && result.status().equals("CREATE_COMPLETE");
    transcript.end(phase, created, result.status());
    return created;
  }

  void repository() {
    Phase phase =
        transcript.begin(
            "repository",
            "Create the ECR repository " + Seed.REPOSITORY + " (on purpose)",
            "the repository exists: the seed's stack has none, and its workflow pushes to it");
    transcript.say(
        phase,
        "note",
        "The seed's stack creates no ECR repository, yet its workflow pushes to "
            + Seed.REPOSITORY
            + ":\nECR would answer 'name unknown'. The article's readers made it by hand;"
            + " so does the demo.");
    transcript.say(phase, "you", "aws ecr create-repository --repository-name " + Seed.REPOSITORY);
    Repository repository =
        world.aws().ecr().createRepository(r -> r.repositoryName(Seed.REPOSITORY)).repository();
    transcript.say(phase, "ECR", "created " + repository.repositoryUri());
    phase.facts().put("repositoryUri", repository.repositoryUri());
    transcript.end(phase, true, "created " + repository.repositoryArn());
  }

  private ChangeSetProvisioner provisioner() {
    return new ChangeSetProvisioner(world.aws());
  }

  private StackRequest request(Set<String> capabilities) {
    return StackRequest.of(Seed.STACK_NAME, seed.stack(), Seed.parameters(), capabilities);
  }

  private static String eventLine(StackEvent event) {
    return String.format(
        "%-14s %-18s %s%s",
        event.logicalId(),
        event.status(),
        event.type(),
        event.reason().map(r -> "  " + r).orElse(""));
  }
}
