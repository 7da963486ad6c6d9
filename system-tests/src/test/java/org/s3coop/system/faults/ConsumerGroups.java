package org.s3coop.system.faults;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;

/**
 * The services' consumer groups as the broker sees them (one group per service, named after it; every instance joins
 * it with one consumer per consumed topic): how many members each has and how many partitions are assigned.
 */
final class ConsumerGroups implements AutoCloseable {
    /** One group: its members and the partitions assigned to them. */
    record Group(int members, int assignedPartitions) {
    }

    private final Admin admin;
    private final List<String> groups;

    ConsumerGroups(String bootstrap, List<String> groups) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        this.admin = Admin.create(p);
        this.groups = groups;
    }

    Map<String, Group> describe() throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, ConsumerGroupDescription> all = admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS);
        return all.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new Group(
                e.getValue().members().size(),
                e.getValue().members().stream().map(MemberDescription::assignment)
                        .mapToInt(a -> a.topicPartitions().size()).sum())));
    }

    @Override
    public void close() {
        admin.close();
    }
}
