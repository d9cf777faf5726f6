package org.caregate.it.jms.probe;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts, per probe id, how often each consumer saw a message. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProbeLedger {

    private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();

    public void record(String consumer, String probeId) {
        deliveries.merge(consumer + ":" + probeId, 1, Integer::sum);
    }

    private final Map<String, String> payloads = new ConcurrentHashMap<>();

    /** Keeps the last message body seen under this key. */
    public void keep(String key, String payload) {
        payloads.put(key, payload);
    }

    public String payload(String key) {
        return payloads.getOrDefault(key, "");
    }

    public int count(String consumer, String probeId) {
        return deliveries.getOrDefault(consumer + ":" + probeId, 0);
    }
}
