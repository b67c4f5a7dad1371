package org.oversightportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Gets tokens from the test Keycloak ({@link KeycloakTestResource}) with the password grant. */
public final class KeycloakTokens {

    public static final String CLIENT_ID = "oversight-portal";
    /**
     * The portal client's secret in the test Keycloak: {@link KeycloakTestResource} imports the demo realm with this
     * instead of its committed portal-dev-secret, which production refuses (security review finding 7), so that the
     * packaged portal's tests can sign in.
     */
    public static final String CLIENT_SECRET = "test-only-client-secret-of-the-test-keycloak-0123456789";
    public static final String DEMO_PASSWORD = "demo1234";

    private static final URI TOKEN_ENDPOINT =
            URI.create(KeycloakTestResource.REALM_URL + "/protocol/openid-connect/token");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakTokens() {
    }

    public static String accessToken(String username, String password) {
        return tokenResponse(username, password).get("access_token").asText();
    }

    /** The access token of a demo user, whose password is {@value #DEMO_PASSWORD}. */
    public static String accessToken(String username) {
        return accessToken(username, DEMO_PASSWORD);
    }

    public static String idToken(String username, String password) {
        return tokenResponse(username, password).get("id_token").asText();
    }

    /** The whole token endpoint response (access_token, id_token, refresh_token, expires_in, ...). */
    public static JsonNode tokenResponse(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", CLIENT_SECRET);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(TOKEN_ENDPOINT)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + TOKEN_ENDPOINT + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during token request", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Password grant for '" + username + "' failed: HTTP "
                    + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Unparseable token response: " + response.body(), e);
        }
    }
}
