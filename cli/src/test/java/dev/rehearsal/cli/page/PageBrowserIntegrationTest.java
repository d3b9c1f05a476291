package dev.rehearsal.cli.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.UpProcess;
import dev.rehearsal.cli.world.WorldRecord;
import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.aws.AwsTarget;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Parameter;

/**
 * The page in a real browser — Debian's headless Chromium driven by Selenium through its
 * chromedriver — against {@code rehearse up} as a user runs it, with the seed's stack deployed as
 * the README deploys it: a pull request's token is minted and tried against the seed's role, the
 * failing condition is named, and the AWS CLI's refused call, made meanwhile, shows in the live
 * feed. Screenshots go to {@code cli/target/page-screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageBrowserIntegrationTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "page-screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private Path data;
  private UpProcess up;
  private String page;
  private WebDriver browser;

  @BeforeAll
  void startWorldAndBrowser(@TempDir Path temp) throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "no headless Chromium here: apt-get install chromium chromium-driver (.ci/run does)");
    data = temp.resolve("data");
    up = UpProcess.start(data);
    WorldRecord world = WorldRecord.read(new DataDirectory(data)).orElseThrow();
    page = world.pageUrl().orElseThrow();
    assertThat(up.output()).contains("page           " + page);
    deploySeed(world);
    Files.createDirectories(SCREENSHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,2000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  /** The seed's stack and repository, as the README's commands make them. */
  private static void deploySeed(WorldRecord world) throws Exception {
    String stack = Files.readString(UpProcess.HOME.resolve("examples/seed/stack.yaml"));
    try (AwsClients aws =
        new AwsClients(AwsTarget.emulator(URI.create(world.aws().url()), "us-east-1"))) {
      aws.cloudFormation()
          .createStack(
              r ->
                  r.stackName("github-oidc")
                      .templateBody(stack)
                      .parameters(
                          Parameter.builder()
                              .parameterKey("GitHubOrg")
                              .parameterValue("acme")
                              .build())
                      .capabilities(Capability.CAPABILITY_NAMED_IAM));
      aws.ecr().createRepository(r -> r.repositoryName("test-service"));
    }
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (up != null) {
      up.close();
    }
  }

  @Test
  void pullRequestToken_againstTheSeedRole_namesTheFailingCondition() throws Exception {
    WebDriverWait wait = open();
    assertThat(browser.findElement(By.id("world-body")).getText())
        .contains("token.actions.githubusercontent.com", "StringLike", "repo:acme/*");
    screenshot("1-world", browser.findElement(By.id("world")));

    mint("other-org/test-service", "refs/pull/7/merge", "pull_request");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("token-sub"), "repo:other-org/test-service:pull_request"));
    assertThat(browser.findElement(By.id("claims")).getText())
        .contains("event_name", "pull_request", "token.actions.githubusercontent.com:sub");
    screenshot("2-token", browser.findElement(By.id("flow")));

    // Keyboard only: the try button reached and pressed as a keyboard user would.
    new Select(browser.findElement(By.id("t-role"))).selectByVisibleText("GithubOIDCIAMRole");
    browser.findElement(By.id("try-button")).sendKeys(Keys.ENTER);
    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("try-summary")));
    assertThat(summary.getText())
        .contains("AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity")
        .contains("Failing condition: StringLike token.actions.githubusercontent.com:sub")
        .contains("repo:other-org/test-service:pull_request", "repo:acme/*");
    assertThat(browser.findElement(By.cssSelector("#checks tr.failed")).getText())
        .contains("the role's trust policy allows the caller");
    screenshot("3-refused", browser.findElement(By.id("flow")));

    String repository = refusedByTheAwsCli();
    WebElement decision =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ol[@id='feed-list']/li[contains(., '" + repository + "')]")));
    decision.findElement(By.tagName("summary")).click();
    assertThat(decision.findElement(By.className("explanation")).getText())
        .contains("StringLike token.actions.githubusercontent.com:sub");
    screenshot("4-feed", browser.findElement(By.id("feed")));
  }

  @Test
  void pullRequestOfTheOrganisation_isGranted_andMayPush() throws Exception {
    WebDriverWait wait = open();
    mint("acme/test-service", "refs/pull/7/merge", "pull_request");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("token-sub"), "repo:acme/test-service:pull_request"));
    browser.findElement(By.id("try-button")).click();
    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("try-summary")));
    assertThat(summary.getText())
        .contains("Granted", "assumed-role/GithubOIDCIAMRole/GitHubActions");
    assertThat(browser.findElement(By.id("ecr")).getText())
        .contains("ecr:PutImage")
        .doesNotContain("denied");
    screenshot("5-granted", browser.findElement(By.id("try")));
  }

  /** The page, loaded afresh, once it has read the world (the seed's role offered to try). */
  private WebDriverWait open() {
    browser.get(page);
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("t-role"), "GithubOIDCIAMRole"));
    return wait;
  }

  private void mint(String repository, String ref, String event) {
    WebElement repositoryField = browser.findElement(By.id("f-repository"));
    repositoryField.clear();
    repositoryField.sendKeys(repository);
    WebElement refField = browser.findElement(By.id("f-ref"));
    refField.clear();
    refField.sendKeys(ref);
    new Select(browser.findElement(By.id("f-event"))).selectByVisibleText(event);
    browser.findElement(By.id("mint-button")).click();
  }

  /**
   * The AWS CLI, meanwhile, as a user in another shell: {@code rehearse token} for a repository of
   * another organisation and {@code aws sts assume-role-with-web-identity} with it, which the
   * seed's trust policy refuses. Returns the repository, which the decision's explanation names.
   */
  private String refusedByTheAwsCli() throws Exception {
    String repository = "evil-" + UUID.randomUUID().toString().substring(0, 8) + "/cli-call";
    CliRun token =
        CliRun.of(
            "token",
            "--data",
            data.toString(),
            "--repo",
            repository,
            "--ref",
            "main",
            "--audience",
            "sts.amazonaws.com");
    assertThat(token.exitCode()).as(token.err()).isZero();
    WorldRecord world = WorldRecord.read(new DataDirectory(data)).orElseThrow();
    ProcessBuilder cli =
        new ProcessBuilder(
                "aws",
                "--endpoint-url",
                world.aws().url(),
                "sts",
                "assume-role-with-web-identity",
                "--role-arn",
                "arn:aws:iam::000000000000:role/GithubOIDCIAMRole",
                "--role-session-name",
                "cli",
                "--web-identity-token",
                token.out().lines().findFirst().orElseThrow())
            .redirectErrorStream(true);
    cli.environment().put("AWS_DEFAULT_REGION", "us-east-1");
    cli.environment().put("AWS_PAGER", "");
    Process process;
    try {
      process = cli.start();
    } catch (java.io.IOException e) {
      Assumptions.abort("the AWS CLI is not installed (apt-get install awscli; .ci/run does)");
      throw e;
    }
    String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(said).isNotZero();
    assertThat(said).contains("AccessDenied");
    return repository;
  }

  /** The browser's window with {@code shown} scrolled to its top, as {@code NAME.png}. */
  private void screenshot(String name, WebElement shown) throws Exception {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true)", shown);
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
