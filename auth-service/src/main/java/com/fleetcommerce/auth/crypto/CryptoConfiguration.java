package com.fleetcommerce.auth.crypto;

import java.util.HashMap;
import java.util.Map;

import com.fleetcommerce.auth.config.AuthProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    static final String DEFAULT_ENCODING = "argon2";

    @Bean
    SecretBox secretBox(AuthProperties properties) {
        return new SecretBox(properties.keyEncryptionSecret());
    }

    /**
     * Like {@code PasswordEncoderFactories.createDelegatingPasswordEncoder()}, but new hashes are Argon2id (with the
     * configured cost; BouncyCastle provides it). Older {@code {bcrypt}}, {@code {pbkdf2}}, {@code {scrypt}} hashes
     * still verify and are re-hashed on the next successful login ({@code upgradeEncoding}).
     */
    @Bean
    PasswordEncoder passwordEncoder(AuthProperties properties) {
        AuthProperties.Argon2 argon2 = properties.password().argon2();
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(DEFAULT_ENCODING, new Argon2PasswordEncoder(argon2.saltLength(), argon2.hashLength(),
                argon2.parallelism(), argon2.memoryKib(), argon2.iterations()));
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        encoders.put("pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("scrypt", SCryptPasswordEncoder.defaultsForSpringSecurity_v5_8());
        return new DelegatingPasswordEncoder(DEFAULT_ENCODING, encoders);
    }
}
