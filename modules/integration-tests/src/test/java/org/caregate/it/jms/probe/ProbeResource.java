package org.caregate.it.jms.probe;

import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** Lets the black-box tests drive the probe. */
@Path("/")
public class ProbeResource {

    @Inject
    ProbeSender sender;

    @Inject
    ProbeLedger ledger;

    @POST
    @Path("send/{probeId}")
    public void send(@PathParam("probeId") String probeId, @QueryParam("rollback") boolean rollback) {
        sender.send(ProbeSender.QUEUE, probeId, rollback);
    }

    @POST
    @Path("publish-event")
    public void publishEvent(String payload) {
        sender.publishEvent(payload);
    }

    @POST
    @Path("poison/{probeId}")
    public void poison(@PathParam("probeId") String probeId) {
        sender.send(ProbeSender.POISON_QUEUE, probeId, false);
    }

    @GET
    @Path("received/{consumer}/{probeId}")
    public int received(@PathParam("consumer") String consumer, @PathParam("probeId") String probeId) {
        return ledger.count(consumer, probeId);
    }

    @GET
    @Path("event/{key}")
    public String event(@PathParam("key") String key) {
        return ledger.payload(key);
    }

    @GET
    @Path("dead-letters/{probeId}")
    public int deadLetters(@PathParam("probeId") String probeId) throws JMSException {
        return sender.deadLetters(probeId);
    }
}
