package org.oversightportal.board;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.oversightportal.common.Pager;

/** Every decision of the oversight board, latest first: public. */
@Path("/decisions")
@Produces(MediaType.TEXT_HTML)
public class DecisionsResource {

    static final int PAGE = 50;

    @CheckedTemplate(basePath = "board")
    static class Templates {
        static native TemplateInstance list(List<BoardReview> reviews, Pager pager);
    }

    @GET
    public TemplateInstance list(@RestQuery int page) {
        int number = Math.max(1, page);
        List<BoardReview> reviews = BoardReview.find("""
                select r from BoardReview r join fetch r.disclosure d join fetch d.agency left join fetch r.annualReport
                order by r.decidedAt desc, r.id desc""").page(number - 1, PAGE).list();
        return Templates.list(reviews, new Pager(BoardReview.count(), number, PAGE));
    }
}
