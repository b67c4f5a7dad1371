package org.oversightportal.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user, or "system" for start-up and scheduled work. */
public class PortalRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((PortalRevision) revisionEntity).username = currentUsername();
    }

    static String currentUsername() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return "system";
        }
        CurrentUser user = Arc.container().instance(CurrentUser.class).get();
        return user.isSignedIn() ? user.username() : "system";
    }
}
