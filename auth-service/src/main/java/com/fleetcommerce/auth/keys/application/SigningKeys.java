package com.fleetcommerce.auth.keys.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fleetcommerce.auth.config.AuthProperties;
import com.fleetcommerce.auth.crypto.SecretBox;
import com.fleetcommerce.auth.keys.domain.KeyStatus;
import com.fleetcommerce.auth.keys.domain.StoredKey;
import com.fleetcommerce.auth.keys.persistence.JdbcSigningKeys;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA signing keys: generated here, kept in PostgreSQL (private half AES-GCM encrypted), cached in memory.
 * <p>
 * One ACTIVE key signs. Rotation turns it ROTATED and creates a new ACTIVE one; a ROTATED key stays published (and
 * accepted by this service's own decoder) until {@code rotatedAt + access-token-ttl + clock-skew}, when no token it
 * signed can still be valid, then it is RETIRED. Creation and rotation take a PostgreSQL advisory lock, so replicas
 * starting or rotating together still end with exactly one active key (a unique partial index enforces it too).
 * <p>
 * Other replicas pick up a rotation within {@link #CACHE_TTL}; until then they keep signing with the old key, which
 * is still published, so nothing breaks.
 */
@Service
public class SigningKeys implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    static final Duration CACHE_TTL = Duration.ofSeconds(30);
    /** An unknown kid reloads the keys at most this often (a flood of forged kids must not hammer the database). */
    static final Duration UNKNOWN_KID_RELOAD = Duration.ofSeconds(5);

    private record Snapshot(Instant loadedAt, RSAKey active, List<PublishedKey> keys) {
    }

    private record PublishedKey(StoredKey stored, RSAKey publicKey) {
    }

    private final JdbcSigningKeys store;
    private final SecretBox secretBox;
    private final TransactionTemplate transactions;
    private final AuthProperties properties;
    private final Clock clock;
    private final String importSigningKey;
    private volatile Snapshot snapshot;

    public SigningKeys(JdbcSigningKeys store, SecretBox secretBox, TransactionTemplate transactions,
                       AuthProperties properties, Clock clock,
                       @Value("${platform.auth.import-signing-key:}") String importSigningKey) {
        this.store = store;
        this.secretBox = secretBox;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.importSigningKey = importSigningKey;
    }

    @Override
    public void afterSingletonsInstantiated() {
        StoredKey imported = importSigningKey.isBlank() ? null : imported(Path.of(importSigningKey));
        transactions.executeWithoutResult(status -> {
            store.lock();
            if (imported != null && store.exists(imported.kid())) {
                if (!store.publicJwk(imported.kid()).equals(imported.publicJwk())) {
                    throw new IllegalStateException("platform.auth.import-signing-key: kid " + imported.kid()
                            + " is already stored for a different key; give the new key a kid of its own");
                }
            } else if (imported != null) {
                // an operator's key (from a secret store, or moved between environments) signs from now on; the
                // key it replaces is rotated as usual, so its tokens stay valid until they expire
                store.findActive().ifPresent(active -> store.markRotated(active.kid(), clock.instant()));
                store.insert(imported);
                log.info("Imported signing key {}", imported.kid());
            }
            if (store.findActive().isEmpty()) {
                store.insert(generate());
                log.info("Created the first signing key");
            }
        });
        reload();
    }

    /** The key that signs new tokens (with its private half). */
    public RSAKey activeKey() {
        return current().active();
    }

    /** The public keys verifiers need now: the active one and rotated ones whose tokens may still be valid. */
    public JWKSet publicKeys() {
        Instant now = clock.instant();
        List<JWK> keys = new ArrayList<>();
        for (PublishedKey key : current().keys()) {
            if (key.stored().isPublishedAt(now, properties.accessTokenTtl(), properties.clockSkew())) {
                keys.add(key.publicKey());
            }
        }
        return new JWKSet(keys);
    }

    /** The published keys as a Nimbus key source, for this service's own in-process token decoder. */
    public JWKSource<SecurityContext> jwkSource() {
        return (selector, context) -> {
            List<JWK> found = selector.select(publicKeys());
            if (found.isEmpty() && clock.instant().isAfter(snapshot.loadedAt().plus(UNKNOWN_KID_RELOAD))) {
                reload();       // maybe another replica rotated
                found = selector.select(publicKeys());
            }
            return found;
        };
    }

    /** Rotates now: the active key becomes ROTATED, a new one signs. Returns the new kid. */
    public String rotate() {
        String kid = transactions.execute(status -> {
            store.lock();
            return rotateLocked(clock.instant());
        });
        log.info("Rotated the signing key; new kid {}", kid);
        reload();
        return kid;
    }

    /**
     * The scheduled check: rotates a key older than the interval, retires keys no valid token can use any more. The
     * age check and the rotation share one transaction under the lock, so replicas running it together rotate once.
     */
    public void rotateIfDueAndRetire() {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            store.lock();
            boolean due = store.findActive()
                    .map(key -> key.isDueForRotationAt(now, properties.keyRotationInterval())).orElse(true);
            if (due) {
                log.info("Rotated the aged signing key; new kid {}", rotateLocked(now));
            }
            for (StoredKey key : store.findNotRetired()) {
                if (key.status() == KeyStatus.ROTATED
                        && !key.isPublishedAt(now, properties.accessTokenTtl(), properties.clockSkew())) {
                    store.markRetired(key.kid());
                    log.info("Retired signing key {}", key.kid());
                }
            }
        });
        reload();
    }

    private String rotateLocked(Instant now) {
        store.findActive().ifPresent(active -> store.markRotated(active.kid(), now));
        StoredKey fresh = generate();
        store.insert(fresh);
        return fresh.kid();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || clock.instant().isAfter(current.loadedAt().plus(CACHE_TTL))
                || clock.instant().isBefore(current.loadedAt())) {
            current = reload();
        }
        return current;
    }

    private synchronized Snapshot reload() {
        RSAKey active = null;
        List<PublishedKey> keys = new ArrayList<>();
        for (StoredKey stored : store.findNotRetired()) {
            RSAKey publicKey = parsePublic(stored);
            keys.add(new PublishedKey(stored, publicKey));
            if (stored.status() == KeyStatus.ACTIVE) {
                active = withPrivate(publicKey, stored);
            }
        }
        if (active == null) {
            throw new IllegalStateException("No active signing key");
        }
        Snapshot loaded = new Snapshot(clock.instant(), active, List.copyOf(keys));
        snapshot = loaded;
        return loaded;
    }

    /** An RSA private key as a JWK (JSON with {@code kid}) from a file, e.g. a mounted secret. */
    private StoredKey imported(Path file) {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file));
            if (!key.isPrivate() || key.getKeyID() == null) {
                throw new IllegalStateException("platform.auth.import-signing-key " + file
                        + " must hold an RSA private key as a JWK with a kid");
            }
            RSAKey publicKey = new RSAKey.Builder(key.toRSAPublicKey()).keyID(key.getKeyID())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
            return new StoredKey(key.getKeyID(), KeyStatus.ACTIVE, publicKey.toJSONString(),
                    secretBox.seal(key.toRSAPrivateKey().getEncoded()), clock.instant(), null);
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot read the signing key to import from " + file, e);
        }
    }

    private StoredKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey publicKey = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
            String kid = publicKey.computeThumbprint().toString();
            publicKey = new RSAKey.Builder(publicKey).keyID(kid).build();
            return new StoredKey(kid, KeyStatus.ACTIVE, publicKey.toJSONString(),
                    secretBox.seal(pair.getPrivate().getEncoded()), clock.instant(), null);
        } catch (NoSuchAlgorithmException | JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    private static RSAKey parsePublic(StoredKey stored) {
        try {
            return RSAKey.parse(stored.publicJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("Stored JWK " + stored.kid() + " is unreadable", e);
        }
    }

    private RSAKey withPrivate(RSAKey publicKey, StoredKey stored) {
        try {
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(secretBox.open(stored.encryptedPrivateKey())));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Stored private key " + stored.kid() + " is unreadable", e);
        }
    }
}
