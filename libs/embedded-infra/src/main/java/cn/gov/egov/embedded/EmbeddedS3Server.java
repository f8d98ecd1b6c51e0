package cn.gov.egov.embedded;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/**
 * A real S3-compatible HTTP server (S3Proxy with its filesystem blob store) on loopback, storing objects as files
 * under a directory of ours. Clients talk to it with the MinIO client over HTTP, exactly as to MinIO.
 * Production uses a real MinIO cluster instead.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    private final S3Proxy proxy;
    private final URI endpoint;

    private EmbeddedS3Server(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    /** Starts on {@code port} (0 for any free port), requiring AWS v2/v4 signatures with the given keys. */
    public static EmbeddedS3Server start(Path dataDir, int port, String accessKey, String secretKey) throws Exception {
        Files.createDirectories(dataDir);
        int chosen = port > 0 ? port : FreePort.find();
        URI endpoint = URI.create("http://127.0.0.1:" + chosen);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(dataDir.toAbsolutePath().toString()))
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .ignoreUnknownHeaders(true)
                // browsers fetch segments by presigned links from the portal's pages (another origin)
                .corsRules(new CrossOriginResourceSharing(List.of("*"), List.of("GET", "HEAD", "PUT"), List.of("*"),
                        List.of("ETag", "Content-Length", "Content-Range"), "false"))
                .stopTimeout(1_000)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
            }
            Thread.sleep(20);
        }
        return new EmbeddedS3Server(proxy, endpoint);
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Stops the server; connections still open after the grace period are closed (not an error). */
    @Override
    public void close() throws Exception {
        try {
            proxy.stop();
        } catch (java.util.concurrent.TimeoutException e) {
            // Jetty's graceful stop ran out of time with keep-alive connections open; it has stopped anyway
        }
    }
}
