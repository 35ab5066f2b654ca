package org.tocsin.web.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.core.authority.AuthorityUtils;
import org.tocsin.access.AccountService;

import java.time.Clock;
import java.util.Optional;

/**
 * OpenID Connect sign-in: the identity provider proves who someone is; Tocsin decides which person
 * of its directory that is, and the person's roles stay Tocsin's (granted per situation, journaled),
 * never the provider's claims. An identity (issuer + subject) is linked to a person by an admin, or —
 * when {@code tocsin.oidc.link-by-username=true} — on first sign-in when the provider's
 * {@code preferred_username} names a person of the directory. Anyone else is refused.
 */
public final class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final AccountService accounts;
    private final org.tocsin.access.DirectoryView directory;
    private final boolean linkByUsername;
    private final Clock clock;

    public OidcSignIn(AccountService accounts, org.tocsin.access.DirectoryView directory, boolean linkByUsername, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.linkByUsername = linkByUsername;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String issuer = String.valueOf(user.getIssuer());
        String subject = user.getSubject();
        Optional<String> person = accounts.personForOidc(issuer, subject);
        if (person.isEmpty() && linkByUsername) {
            String username = user.getPreferredUsername();
            // by name only once: a person already linked is not given a second identity by whoever claims the name
            if (username != null && directory.person(username).isPresent() && !accounts.hasOidcLink(username)
                    && accounts.linkOidc(username, issuer, subject, "oidc:" + issuer, clock.instant()).done()) {
                person = Optional.of(username);
            }
        }
        if (person.isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "This identity is not linked to a person in Tocsin; ask an administrator to link it.", null));
        }
        accounts.recordOidcSignIn(person.get(), issuer, clock.instant());
        return new SignedInPerson(person.get(), user.getIdToken(), user.getUserInfo());
    }

    /**
     * The signed-in person: named by Tocsin's person id, held in a field, never read from the
     * provider's claims. (A {@link DefaultOidcUser} takes its name from its attributes, and those
     * merge the ID token's claims over the user info: a claim the provider let someone set, under
     * whatever attribute name was chosen, would choose the person.) No authorities: the roles are
     * Tocsin's grants, read per request.
     */
    static final class SignedInPerson extends DefaultOidcUser {

        @java.io.Serial
        private static final long serialVersionUID = 1L;

        private final String person;

        SignedInPerson(String person, OidcIdToken idToken, OidcUserInfo userInfo) {
            super(AuthorityUtils.NO_AUTHORITIES, idToken, userInfo, IdTokenClaimNames.SUB);
            this.person = person;
        }

        /** Also what the inherited equals and hashCode compare. */
        @Override
        public String getName() { return person; }
    }
}
