package dev.rehearsal.cli.daemonless;

import dev.rehearsal.cli.UserError;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The daemonless docker served by the process that installed it: the {@code docker} script sends
 * each command here over loopback (bash's {@code /dev/tcp}) instead of starting a JVM per command,
 * which cost about a second each. One command at a time, from a caller that knows the token the
 * script (0700) holds.
 *
 * <p>A request is lines: the token, then base64 of the working directory, of {@code DOCKER_CONFIG},
 * and of each argument, then {@code .}, then base64 of stdin (for {@code --password-stdin}; empty
 * otherwise). The answer is lines {@code 1 TEXT} (stdout), {@code 2 TEXT} (stderr), and last {@code
 * exit N}.
 */
public final class StandInServer implements AutoCloseable {
  private final ServerSocket socket;
  private final String token;
  private final Path images;

  private StandInServer(ServerSocket socket, String token, Path images) {
    this.socket = socket;
    this.token = token;
    this.images = images;
  }

  /** Listens on a free loopback port, serving {@code images} as the image store. */
  public static StandInServer start(Path images) {
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    try {
      ServerSocket socket = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
      StandInServer server = new StandInServer(socket, HexFormat.of().formatHex(secret), images);
      Thread thread = new Thread(server::serve, "daemonless-docker");
      thread.setDaemon(true);
      thread.start();
      return server;
    } catch (IOException e) {
      throw new UserError("cannot serve the daemonless docker: " + e.getMessage(), e);
    }
  }

  int port() {
    return socket.getLocalPort();
  }

  String token() {
    return token;
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        answer(client);
      } catch (IOException e) {
        // closed, or a caller gone: the next one is served
      }
    }
  }

  private void answer(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    OutputStream raw = client.getOutputStream();
    if (!token.equals(in.readLine())) {
      return;
    }
    Path directory = Path.of(decode(in.readLine()));
    String dockerConfig = decode(in.readLine());
    List<String> args = new ArrayList<>();
    for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
      args.add(decode(line));
    }
    byte[] stdin = Base64.getDecoder().decode(String.valueOf(in.readLine()).strip());
    PrintStream out = new PrintStream(new Prefixed(raw, "1 "), true, StandardCharsets.UTF_8);
    int status = 0;
    try {
      new StandInDocker(
              Map.of("DOCKER_CONFIG", dockerConfig, ImageStore.VARIABLE, images.toString()),
              directory,
              new ByteArrayInputStream(stdin),
              out)
          .run(args);
    } catch (RuntimeException e) {
      out.flush();
      PrintStream err = new PrintStream(new Prefixed(raw, "2 "), true, StandardCharsets.UTF_8);
      err.println(e.getMessage() == null ? e.toString() : e.getMessage());
      err.flush();
      status = 1;
    }
    out.flush();
    raw.write(("exit " + status + "\n").getBytes(StandardCharsets.UTF_8));
    raw.flush();
  }

  private static String decode(String line) {
    return new String(
        Base64.getDecoder().decode(line == null ? "" : line.strip()), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closed already
    }
  }

  /** Each line written becomes {@code PREFIX line}: the script sorts stdout from stderr by it. */
  private static final class Prefixed extends OutputStream {
    private final OutputStream out;
    private final byte[] prefix;
    private boolean lineStart = true;

    Prefixed(OutputStream out, String prefix) {
      this.out = out;
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) throws IOException {
      if (lineStart) {
        out.write(prefix);
        lineStart = false;
      }
      out.write(b);
      if (b == '\n') {
        lineStart = true;
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
