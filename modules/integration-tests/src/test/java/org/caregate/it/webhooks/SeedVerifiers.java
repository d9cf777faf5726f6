package org.caregate.it.webhooks;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an integrator runs on a delivery: seed 001's signature check and seed 004's decryption, each as the seed's
 * code verbatim in its own language (when node / php are on this machine) and as a line-by-line Java transliteration
 * (always). Written from the seeds, independently of the server's code.
 */
public final class SeedVerifiers {

    private SeedVerifiers() {
    }

    /** Seed 001's constructDataToSign + generateSignature + verifySignature, in Java. */
    public static boolean healthieSignatureValid(WebhookReceiver.Received delivery, String secretKey) throws Exception {
        String contentDigest = delivery.header("content-digest").split("=")[1];
        String contentType = "application/json";
        long contentLength = jsonStringify(delivery.body()).getBytes(StandardCharsets.UTF_8).length;
        String data = "post " + delivery.path() + " " + delivery.query() + " " + contentDigest + " " + contentType + " "
                + contentLength;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String computed = HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        String actual = delivery.header("signature").split("=")[1];
        return computed.equals(actual);
    }

    /** Whether the Content-Digest header really is the SHA-256 of the body (RFC 9530's meaning). */
    public static boolean digestMatchesBody(WebhookReceiver.Received delivery) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(delivery.body().getBytes(StandardCharsets.UTF_8));
        return delivery.header("content-digest").equals("SHA-256=" + Base64.getEncoder().encodeToString(digest));
    }

    /** Seed 001's JavaScript, run by node verbatim; empty where node is not installed. */
    public static Optional<Boolean> healthieSignatureValidInNode(WebhookReceiver.Received delivery, String secretKey) {
        String input = Json.createObjectBuilder().add("method", "post").add("path", delivery.path())
                .add("query", delivery.query()).add("body", delivery.body()).add("secret", secretKey)
                .add("headers", Json.createObjectBuilder().add("content-type", delivery.header("content-type"))
                        .add("content-digest", delivery.header("content-digest"))
                        .add("signature", delivery.header("signature"))).build().toString();
        return run("node", "webhooks/healthie-verify.js", input).map(out -> out.strip().equals("true"));
    }

    /** Seed 004's PHP steps, in Java. */
    public static String soloDecrypt(String decryptionKey, String encryptedString) throws Exception {
        byte[] salt = Base64.getDecoder().decode(encryptedString.substring(0, 12));
        byte[] iv = Base64.getDecoder().decode(encryptedString.substring(12, 12 + 24));
        byte[] encrypted = Base64.getDecoder().decode(encryptedString.substring(36));
        byte[] keyBytes = decryptionKey.getBytes(StandardCharsets.UTF_8);
        byte[] material = new byte[keyBytes.length + salt.length];
        System.arraycopy(keyBytes, 0, material, 0, keyBytes.length);
        System.arraycopy(salt, 0, material, keyBytes.length, salt.length);
        byte[] secret = MessageDigest.getInstance("SHA-256").digest(material);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(secret, "AES"), new IvParameterSpec(iv));
        return new String(cipher.doFinal(encrypted), StandardCharsets.UTF_8);
    }

    /** Seed 004's PHP snippet, run by php verbatim; empty where php is not installed. */
    public static Optional<String> soloDecryptInPhp(String decryptionKey, String encryptedString) {
        return run("php", "webhooks/solo-decrypt.php", decryptionKey + "\n" + encryptedString);
    }

    private static String jsonStringify(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue().toString();
        }
    }

    private static Optional<String> run(String program, String script, String stdin) {
        Optional<Path> executable = Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(path -> java.util.Arrays.stream(path.split(":"))).map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable).findFirst();
        if (executable.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path file = Path.of("src/test/resources", script).toAbsolutePath();
            Process process = new ProcessBuilder(executable.get().toString(), file.toString()).redirectErrorStream(true)
                    .start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(program + " " + script + " failed: " + out);
            }
            return Optional.of(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
