package com.fleetcommerce.shared.web.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.springframework.http.MediaType;

/**
 * SHA-256 of what the request asks for, to tell a true retry from a different request that reuses the key. For
 * ordinary bodies it is the body bytes, and the bytes are kept so the handler can still read them. Form and multipart
 * bodies are read by the servlet container itself (reading the raw stream first would lose the parameters), so for
 * those the fingerprint is taken over the parameters and parts the container parsed.
 *
 * @param request the request the rest of the chain must see
 */
record RequestFingerprint(String sha256, HttpServletRequest request) {

    static RequestFingerprint of(HttpServletRequest request) throws IOException, ServletException {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return new RequestFingerprint(formHash(request), request);
        }
        if (contentType.startsWith("multipart/")) {
            return new RequestFingerprint(multipartHash(request), request);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readAllBytes();
        }
        MessageDigest digest = newDigest();
        return new RequestFingerprint(HexFormat.of().formatHex(digest.digest(body)), new CachedBodyRequest(request, body));
    }

    private static String formHash(HttpServletRequest request) {
        MessageDigest digest = newDigest();
        Map<String, String[]> sorted = new TreeMap<>(request.getParameterMap());
        sorted.forEach((name, values) -> {
            update(digest, name);
            for (String value : values) {
                update(digest, value);
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String multipartHash(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = newDigest();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            update(digest, name);
            for (String value : values) {
                update(digest, value);
            }
        });
        List<Part> parts = new ArrayList<>(request.getParts());
        parts.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (Part part : parts) {
            update(digest, part.getName());
            update(digest, String.valueOf(part.getSubmittedFileName()));
            try (InputStream in = part.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is a mandatory JDK algorithm", ex);
        }
    }
}
