// The runtime view: accounts, root directories, working directories, mounts and job limits of
// HostProcess containers under containerd 1.6 and 1.7+ (hcsshim internal/jobcontainers).
#include "catch.hpp"
#include "hostprocess/manifest_helpers.hpp"

#include <winnet/hostprocess/runtime.hpp>

using namespace winnet::hostprocess;
using hostprocess_test::daemon_set;
using hostprocess_test::pod;

namespace {
const std::string nano = R"("image":"mcr.microsoft.com/windows/nanoserver:ltsc2022")";

// A HostProcess DaemonSet running `container` (members) as `user` with `volumes`.
Workload hp(const std::string& container, const std::string& user = R"("NT AUTHORITY\\SYSTEM")",
            const std::string& volumes = "[]", const std::string& extra = "") {
    return daemon_set(
        R"("hostNetwork":true,"nodeSelector":{"kubernetes.io/os":"windows"},)" + extra +
        R"("securityContext":{"windowsOptions":{"hostProcess":true,"runAsUserName":)" + user +
        R"(}},"volumes":)" + volumes + R"(,"containers":[{"name":"agent",)" + nano + container +
        "}]");
}

ContainerView only(const RuntimeView& v) {
    REQUIRE(v.containers.size() == 1);
    return v.containers.front();
}
} // namespace

TEST_CASE("The account is classified as hcsshim logs it on", "[hostprocess][runtime][user]") {
    CHECK(only(explain(hp(""))).user.account == Account::LocalSystem);
    CHECK(only(explain(hp("", R"("NT AUTHORITY\\system")"))).user.account == Account::LocalSystem);
    CHECK(only(explain(hp("", R"("NT AUTHORITY\\Local service")"))).user.account ==
          Account::LocalService);
    CHECK(only(explain(hp("", R"("NT AUTHORITY\\NetworkService")"))).user.account ==
          Account::NetworkService);
    CHECK(only(explain(hp("", R"("hpc-localgroup")"))).user.account == Account::LocalGroupOrUser);
    const auto lower = only(explain(hp("", R"("nt authority\\system")"))).user;
    CHECK(lower.account == Account::OtherUser);
    CHECK(lower.description.find("spelled exactly \"NT AUTHORITY\"") != std::string::npos);
    const auto unset = daemon_set(
        R"("hostNetwork":true,"securityContext":{"windowsOptions":{"hostProcess":true}},)"
        R"("containers":[{"name":"a",)" +
        nano + "}]");
    CHECK(only(explain(unset)).user.account == Account::Unset);
}

TEST_CASE("A container's runAsUserName overrides the pod's", "[hostprocess][runtime][user]") {
    const auto w = hp(
        R"(,"securityContext":{"windowsOptions":{"runAsUserName":"NT AUTHORITY\\LocalService"}})");
    CHECK(only(explain(w)).user.run_as_user_name == "NT AUTHORITY\\LocalService");
}

TEST_CASE(
    "The image root is the hpc directory with containerd 1.7+ and a per-container one with 1.6",
    "[hostprocess][runtime][filesystem]") {
    const auto& c = only(explain(hp("")));
    CHECK(c.silo_root == "C:\\hpc\\");
    CHECK(c.legacy_root == "C:\\C\\CONTAINER_ID\\");
    CHECK(c.silo_working_directory == "C:\\hpc\\");
    CHECK(c.legacy_working_directory == "C:\\C\\CONTAINER_ID\\");
    CHECK(c.job_object == "JobContainer_CONTAINER_ID");
    RuntimeOptions o;
    o.container_id = "4a1b";
    CHECK(only(explain(hp(""), o)).legacy_root == "C:\\C\\4a1b\\");
}

TEST_CASE("CONTAINER_SANDBOX_MOUNT_POINT in workingDir is replaced by the root directory",
          "[hostprocess][runtime][filesystem]") {
    const auto& c =
        only(explain(hp(R"(,"workingDir":"$env:CONTAINER_SANDBOX_MOUNT_POINT/kube-proxy/")")));
    CHECK(c.silo_working_directory == "C:\\hpc/kube-proxy/");
    CHECK(c.legacy_working_directory == "C:\\C\\CONTAINER_ID/kube-proxy/");
    const auto& percent =
        only(explain(hp(R"(,"workingDir":"%CONTAINER_SANDBOX_MOUNT_POINT%\\bin")")));
    CHECK(percent.silo_working_directory == "C:\\hpc\\bin");
}

TEST_CASE("A plain workingDir is a node path with 1.7+ and joined under the root with 1.6",
          "[hostprocess][runtime][filesystem]") {
    const auto& c = only(explain(hp(R"(,"workingDir":"C:\\k\\logs")")));
    CHECK(c.silo_working_directory == "C:\\k\\logs");
    CHECK(c.legacy_working_directory == "C:\\C\\CONTAINER_ID\\k\\logs");
    CHECK(only(explain(hp(R"(,"workingDir":"C:")"))).legacy_working_directory ==
          "C:\\C\\CONTAINER_ID");
}

TEST_CASE("A volume mount is bound at its path with 1.7+ and symlinked under the root with 1.6",
          "[hostprocess][runtime][mounts]") {
    const auto w =
        hp(R"(,"volumeMounts":[{"name":"kube-proxy","mountPath":"/var/lib/kube-proxy"}])",
           R"("NT AUTHORITY\\SYSTEM")",
           R"([{"name":"kube-proxy","configMap":{"name":"kube-proxy"}}])");
    const auto& c = only(explain(w));
    REQUIRE(c.mounts.size() == 2);
    const MountView& m = c.mounts[0];
    CHECK(m.source == "configMap");
    CHECK(m.destination == "C:\\var\\lib\\kube-proxy");
    CHECK(m.silo_link == "C:\\hpc\\var\\lib\\kube-proxy");
    CHECK(m.legacy_link == "C:\\C\\CONTAINER_ID\\var\\lib\\kube-proxy");
    CHECK(m.host_source ==
          "C:\\var\\lib\\kubelet\\pods\\POD_UID\\volumes\\kubernetes.io~configmap\\kube-proxy");
    CHECK_FALSE(m.implicit);
}

TEST_CASE("The service-account token is mounted last unless the pod opts out",
          "[hostprocess][runtime][mounts]") {
    const auto& c = only(explain(hp("")));
    REQUIRE(c.mounts.size() == 1);
    CHECK(c.mounts[0].implicit);
    CHECK(c.mounts[0].destination == "C:\\var\\run\\secrets\\kubernetes.io\\serviceaccount");
    CHECK(c.mounts[0].legacy_link ==
          "C:\\C\\CONTAINER_ID\\var\\run\\secrets\\kubernetes.io\\serviceaccount");
    CHECK(only(explain(hp("", R"("NT AUTHORITY\\SYSTEM")", "[]",
                          R"("automountServiceAccountToken":false,)")))
              .mounts.empty());
}

TEST_CASE("Mount paths get a C: drive, other drives and relative paths as containerd makes them",
          "[hostprocess][runtime][mounts]") {
    const auto mount_at = [](const std::string& path) {
        const auto w = hp(R"(,"volumeMounts":[{"name":"d","mountPath":")" + path + R"("}])",
                          R"("NT AUTHORITY\\SYSTEM")", R"([{"name":"d","emptyDir":{}}])",
                          R"("automountServiceAccountToken":false,)");
        return only(explain(w)).mounts.at(0);
    };
    CHECK(mount_at("D:\\\\data").destination == "D:\\data");
    CHECK(mount_at("D:\\\\data").legacy_link == "C:\\C\\CONTAINER_ID\\data");
    CHECK(mount_at("data/x").destination == "C:\\data\\x");
    CHECK(mount_at("/etc//cni/./net.d/").destination == "C:\\etc\\cni\\net.d");
    CHECK(mount_at("/a/../b").silo_link == "C:\\hpc\\b");
}

TEST_CASE("A hostPath volume's data is the node path itself", "[hostprocess][runtime][mounts]") {
    const auto w =
        hp(R"(,"volumeMounts":[{"name":"bin","mountPath":"/host/opt/cni/bin","readOnly":true}])",
           R"("NT AUTHORITY\\SYSTEM")", R"([{"name":"bin","hostPath":{"path":"/opt/cni/bin"}}])");
    const MountView m = only(explain(w)).mounts.at(0);
    CHECK(m.host_source == "C:\\opt\\cni\\bin");
    CHECK(m.destination == "C:\\host\\opt\\cni\\bin");
    CHECK(m.read_only);
    CHECK(m.error.empty());
}

TEST_CASE("A CPU limit becomes the job's CPU rate and a memory limit whole MiB",
          "[hostprocess][runtime][limits]") {
    const auto limits = [](const std::string& cpu, const std::string& memory, std::uint32_t cpus) {
        RuntimeOptions o;
        o.node_cpus = cpus;
        return only(explain(
            hp(R"(,"resources":{"limits":{"cpu":)" + cpu + R"(,"memory":)" + memory + "}}"), o));
    };
    const auto c = limits(R"("500m")", R"("256Mi")", 4);
    CHECK(c.cpu_maximum == 1250);
    CHECK(c.memory_limit_bytes == 268435456);
    CHECK(limits("8", R"("100M")", 4).cpu_maximum == 10000);
    CHECK(limits("8", R"("100M")", 4).memory_limit_bytes == 95 * 1024 * 1024);
    CHECK(limits(R"("1m")", R"("500Ki")", 64).cpu_maximum == 1);
    CHECK_FALSE(limits(R"("1m")", R"("500Ki")", 64).memory_limit_bytes.has_value());
    CHECK_FALSE(only(explain(hp(""))).cpu_maximum.has_value());
}

TEST_CASE("A pod without HostProcess containers has no runtime view", "[hostprocess][runtime]") {
    const auto v = explain(pod(R"("containers":[{"name":"a",)" + nano + "}]"));
    CHECK_FALSE(v.host_process);
    CHECK(v.containers.empty());
    CHECK(v.to_text().find("no HostProcess containers") != std::string::npos);
}

TEST_CASE("The view warns when nothing keeps the pod off Linux nodes", "[hostprocess][runtime]") {
    const auto no_selector = daemon_set(
        R"("hostNetwork":true,"securityContext":{"windowsOptions":{"hostProcess":true}},"containers":[{"name":"a",)" +
        nano + "}]");
    CHECK(explain(no_selector).notes.size() == 2);
    const auto affinity = daemon_set(
        R"("hostNetwork":true,"securityContext":{"windowsOptions":{"hostProcess":true}},)"
        R"("affinity":{"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[)"
        R"({"matchExpressions":[{"key":"kubernetes.io/os","operator":"In","values":["windows"]}]}]}}},)"
        R"("containers":[{"name":"a",)" +
        nano + "}]");
    CHECK(explain(affinity).notes.size() == 1);
    CHECK(explain(hp("")).notes.size() == 1);
}

TEST_CASE("The text view names the account, directories and mounts", "[hostprocess][runtime]") {
    const std::string text =
        explain(hp(R"(,"workingDir":"$env:CONTAINER_SANDBOX_MOUNT_POINT/kp/")")).to_text();
    CHECK(text.find("  container agent (spec.template.spec.containers[0])\n") != std::string::npos);
    CHECK(text.find("    runs as: NT AUTHORITY\\SYSTEM: LocalSystem") != std::string::npos);
    CHECK(text.find("      containerd 1.7+: C:\\hpc/kp/\n") != std::string::npos);
    CHECK(text.find("rest.InClusterConfig()") != std::string::npos);
}
