// Reading Pods and workloads from JSON: kinds, Lists, skipped objects, and every kind of bad
// input named by its JSONPath.
#include "catch.hpp"
#include "hostprocess/manifest_helpers.hpp"

#include <winnet/error.hpp>
#include <winnet/hostprocess/workload.hpp>

#include <string>

using namespace winnet::hostprocess;
using hostprocess_test::one;

namespace {
// The JsonError message of reading `json`, or "" when it reads.
std::string error_of(const std::string& json) {
    try {
        read_manifests(json);
    } catch (const winnet::JsonError& e) {
        return e.what();
    }
    return "";
}

std::string workload(const char* api_version, const char* kind, const std::string& spec) {
    return std::string(R"({"apiVersion":")") + api_version + R"(","kind":")" + kind +
           R"(","metadata":{"name":"w","namespace":"ns"},"spec":)" + spec + "}";
}

const std::string pod_spec = R"({"containers":[{"name":"a","image":"i"}]})";
const std::string template_spec =
    R"({"template":{"spec":{"containers":[{"name":"a","image":"i"}]}}})";
} // namespace

TEST_CASE("Every workload kind is read with its pod spec path and resource name",
          "[hostprocess][manifest]") {
    struct Case {
        const char* api_version;
        const char* kind;
        WorkloadKind value;
        const char* spec_path;
        const char* resource;
    };
    const Case cases[] = {
        {"apps/v1", "Deployment", WorkloadKind::Deployment, "spec.template.spec",
         "deployment.apps"},
        {"apps/v1", "DaemonSet", WorkloadKind::DaemonSet, "spec.template.spec", "daemonset.apps"},
        {"apps/v1", "StatefulSet", WorkloadKind::StatefulSet, "spec.template.spec",
         "statefulset.apps"},
        {"apps/v1", "ReplicaSet", WorkloadKind::ReplicaSet, "spec.template.spec",
         "replicaset.apps"},
        {"batch/v1", "Job", WorkloadKind::Job, "spec.template.spec", "job.batch"},
    };
    for (const Case& c : cases) {
        const Workload w = one(workload(c.api_version, c.kind, template_spec));
        CHECK(w.kind == c.value);
        CHECK(kind_name(w.kind) == c.kind);
        CHECK(w.spec_path() == c.spec_path);
        CHECK(w.resource() == c.resource);
        CHECK(w.name == "w");
        CHECK(w.namespace_name == "ns");
        CHECK(w.spec.containers.size() == 1);
    }
    const Workload p = one(workload("v1", "Pod", pod_spec));
    CHECK(p.spec_path() == "spec");
    CHECK(p.resource() == "pod");
    const Workload cron =
        one(workload("batch/v1", "CronJob", R"({"jobTemplate":{"spec":)" + template_spec + "}}"));
    CHECK(cron.spec_path() == "spec.jobTemplate.spec.template.spec");
    CHECK(cron.resource() == "cronjob.batch");
    CHECK(cron.spec.containers.at(0).name == "a");
}

TEST_CASE("A List is read item by item and other kinds are skipped", "[hostprocess][manifest]") {
    const auto m = read_manifests(
        R"({"apiVersion":"v1","kind":"List","items":[)"
        R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"kube-proxy","namespace":"kube-system"}},)" +
        workload("apps/v1", "DaemonSet", template_spec) +
        R"(,{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"sa"}}]})");
    REQUIRE(m.workloads.size() == 1);
    CHECK(m.workloads[0].document_path == "$.items[1]");
    CHECK(m.skipped ==
          std::vector<std::string>{"ConfigMap kube-system/kube-proxy", "ServiceAccount sa"});
    CHECK(read_manifests(R"({"apiVersion":"v1","kind":"List"})").workloads.empty());
}

TEST_CASE("Fields of a pod spec are read as the API defines them", "[hostprocess][manifest]") {
    const Workload w = one(R"({"apiVersion":"v1","kind":"Pod",
        "metadata":{"name":"p","annotations":{"a":"b"},"labels":{"unknown":"fields are ignored"}},
        "spec":{"hostNetwork":true,"os":{"name":"windows"},"automountServiceAccountToken":false,
          "nodeSelector":{"kubernetes.io/os":"windows"},"someFutureField":{"x":1},
          "securityContext":{"windowsOptions":{"hostProcess":true,"runAsUserName":"NT AUTHORITY\\SYSTEM"},
                             "supplementalGroups":[],"sysctls":[{"name":"net.core.somaxconn","value":"1"}]},
          "containers":[{"name":"a","image":"i","workingDir":"C:\\w","command":["pwsh"],"args":["-c","x"],
            "ports":[{"name":"metrics","containerPort":9100,"protocol":"UDP"}],
            "volumeMounts":[{"name":"v","mountPath":"/v","readOnly":true,"subPath":"s"}],
            "resources":{"limits":{"cpu":1,"memory":"128Mi"}},
            "readinessProbe":{"tcpSocket":{"host":"10.0.0.1","port":1}},
            "lifecycle":{"preStop":{"httpGet":{"host":"h","port":1}}},
            "securityContext":{"runAsUser":0,"capabilities":{"add":["X"]},"seccompProfile":{}}}],
          "volumes":[{"name":"v","secret":{"secretName":"s"}},{"name":"e"},{"name":"h","hostPath":{"path":"C:\\x"}}]}})");
    CHECK(w.pod_annotations == std::map<std::string, std::string>{{"a", "b"}});
    const PodSpec& s = w.spec;
    CHECK(s.host_network);
    CHECK(s.os_name == "windows");
    CHECK(s.automount_service_account_token == false);
    CHECK(s.node_selector.at("kubernetes.io/os") == "windows");
    REQUIRE(s.security_context);
    CHECK(s.security_context->windows_options->host_process == true);
    CHECK(s.security_context->windows_options->run_as_user_name == "NT AUTHORITY\\SYSTEM");
    CHECK(s.security_context->supplemental_groups == std::vector<std::int64_t>{});
    CHECK(s.security_context->sysctls == std::vector<std::string>{"net.core.somaxconn"});
    const Container& c = s.containers.at(0);
    CHECK(c.working_dir == "C:\\w");
    CHECK(c.command == std::vector<std::string>{"pwsh"});
    CHECK(c.args.size() == 2);
    CHECK(c.ports.at(0) == ContainerPort{"metrics", 9100, 0, "UDP"});
    CHECK(c.volume_mounts.at(0) == VolumeMount{"v", "/v", true, "s"});
    CHECK(c.cpu_limit == "1");
    CHECK(c.memory_limit == "128Mi");
    CHECK(c.probe_hosts == std::vector<std::string>{"10.0.0.1", "h"});
    CHECK(c.security_context->run_as_user == 0);
    CHECK(c.security_context->capabilities->add == std::vector<std::string>{"X"});
    CHECK(c.security_context->seccomp_profile_type == "");
    CHECK(s.volumes.at(0) == Volume{"v", "secret", "", "s"});
    CHECK(s.volumes.at(1).source == "emptyDir"); // the API server's default
    CHECK(s.volumes.at(2).host_path == "C:\\x");
}

TEST_CASE("null is read as absent, as Go decodes pointers and slices", "[hostprocess][manifest]") {
    const Workload w = one(R"({"apiVersion":"v1","kind":"Pod","metadata":null,"spec":{
        "hostNetwork":null,"securityContext":null,"initContainers":null,
        "containers":[{"name":"a","securityContext":{"windowsOptions":{"hostProcess":null}}}]}})");
    CHECK_FALSE(w.spec.host_network);
    CHECK_FALSE(w.spec.security_context);
    CHECK_FALSE(w.spec.containers[0].security_context->windows_options->host_process);
}

TEST_CASE("The required node affinity's OS values are read when every term has one",
          "[hostprocess][manifest]") {
    const auto affinity = [](const std::string& terms) {
        return one(workload(
                       "v1", "Pod",
                       R"({"affinity":{"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":)"
                       R"({"nodeSelectorTerms":[)" +
                           terms + R"(]}}},"containers":[]})"))
            .spec.affinity_os;
    };
    const std::string windows =
        R"({"matchExpressions":[{"key":"kubernetes.io/arch","operator":"In","values":["amd64"]},)"
        R"({"key":"kubernetes.io/os","operator":"In","values":["windows"]}]})";
    CHECK(affinity(windows) == std::vector<std::string>{"windows"});
    CHECK(affinity(windows + R"(,{"matchExpressions":[]})").empty());
    CHECK(affinity("").empty());
}

// --- bad input ----------------------------------------------------------------------------------

TEST_CASE("Text that is not JSON is refused at $ with the byte offset",
          "[hostprocess][manifest][errors]") {
    CHECK(error_of("{\"apiVersion\": ") == "$: not valid JSON: syntax error at byte 16");
    CHECK(error_of("") == "$: not valid JSON: syntax error at byte 1");
}

TEST_CASE("A document without apiVersion or kind is not a Kubernetes object",
          "[hostprocess][manifest][errors]") {
    CHECK(error_of(R"({"name":"x"})") == "$: not a Kubernetes object: apiVersion and kind not set");
    CHECK(error_of(R"({"apiVersion":"v1"})") == "$: not a Kubernetes object: kind not set");
    CHECK(error_of(R"({"kind":"Pod"})") == "$: not a Kubernetes object: apiVersion not set");
    CHECK(error_of(R"(["a"])") == "$: expected an object (Kubernetes object), found an array");
    CHECK(error_of(R"({"apiVersion":"v1","kind":7})") ==
          "$.kind: expected a string, found the number 7");
}

TEST_CASE("A workload at an API version that is no longer served is refused",
          "[hostprocess][manifest][errors]") {
    CHECK(error_of(workload("extensions/v1beta1", "DaemonSet", template_spec)) ==
          "$.apiVersion: no matches for kind \"DaemonSet\" in version \"extensions/v1beta1\": "
          "DaemonSet is served as apps/v1");
    CHECK(error_of(workload("batch/v1beta1", "CronJob", "{}")) ==
          "$.apiVersion: no matches for kind \"CronJob\" in version \"batch/v1beta1\": CronJob is "
          "served as batch/v1");
}

TEST_CASE("A workload without its pod template is refused where the template belongs",
          "[hostprocess][manifest][errors]") {
    CHECK(error_of(workload("apps/v1", "DaemonSet", "{}")) ==
          "$.spec.template: missing: a DaemonSet needs a pod template");
    CHECK(error_of(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"}})") ==
          "$.spec: missing: a Pod needs a spec");
    CHECK(error_of(workload("batch/v1", "CronJob", R"({"schedule":"@daily"})")) ==
          "$.spec.jobTemplate: missing: a CronJob needs a jobTemplate");
}

TEST_CASE("Fields of the wrong type are refused at their JSONPath",
          "[hostprocess][manifest][errors]") {
    CHECK(error_of(workload("v1", "Pod", R"({"hostNetwork":"yes"})")) ==
          "$.spec.hostNetwork: expected true or false, found the string \"yes\"");
    CHECK(
        error_of(workload(
            "apps/v1", "DaemonSet",
            R"({"template":{"spec":{"securityContext":{"windowsOptions":{"hostProcess":"true"}}}}})")) ==
        "$.spec.template.spec.securityContext.windowsOptions.hostProcess: expected true or "
        "false, found the string \"true\"");
    CHECK(error_of(workload("v1", "Pod", R"({"containers":{"name":"a"}})")) ==
          "$.spec.containers: expected an array, found an object");
    CHECK(
        error_of(workload("v1", "Pod", R"({"containers":[{"ports":[{"containerPort":1.5}]}]})")) ==
        "$.spec.containers[0].ports[0].containerPort: expected an integer from -2147483648 to "
        "2147483647 (int32), found the number 1.5");
    CHECK(error_of(
              workload("v1", "Pod", R"({"containers":[{"ports":[{"hostPort":4294967296}]}]})")) ==
          "$.spec.containers[0].ports[0].hostPort: expected an integer from -2147483648 to "
          "2147483647 (int32), found the number 4294967296");
    CHECK(error_of(workload("v1", "Pod", R"({"securityContext":[]})")) ==
          "$.spec.securityContext: expected an object (PodSecurityContext), found an array");
    CHECK(error_of(workload("v1", "Pod", R"({"nodeSelector":{"a":1}})")) ==
          "$.spec.nodeSelector.a: expected a string, found the number 1");
    CHECK(
        error_of(
            R"({"apiVersion":"v1","kind":"List","items":[{"kind":"Pod","apiVersion":"v1","spec":{"hostIPC":1}}]})") ==
        "$.items[0].spec.hostIPC: expected true or false, found the number 1");
}

TEST_CASE("Resource limits must be Kubernetes quantities", "[hostprocess][manifest][errors]") {
    const auto limits = [](const std::string& cpu) {
        return error_of(workload("v1", "Pod",
                                 R"({"containers":[{"name":"a","resources":{"limits":{"cpu":)" +
                                     cpu + "}}}]}"));
    };
    CHECK(limits(R"("500m")").empty());
    CHECK(limits(R"("1.5")").empty());
    CHECK(limits("2").empty());
    CHECK(limits(R"("1e3")").empty());
    CHECK(limits(R"("one")") ==
          "$.spec.containers[0].resources.limits.cpu: quantities must match the regular "
          "expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$', found \"one\"");
    CHECK_FALSE(limits(R"("5Gb")").empty());
    CHECK_FALSE(limits(R"("1.2.3")").empty());
    CHECK(limits("true") ==
          "$.spec.containers[0].resources.limits.cpu: expected a quantity (a string or a number), "
          "found true");
}

TEST_CASE("JSON nested deeper than 256 levels is refused before it is parsed",
          "[hostprocess][manifest][errors]") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CHECK(error_of(deep) ==
          "$: nested deeper than 256 levels; Kubernetes objects are far shallower");
    // Brackets inside strings do not count.
    CHECK(error_of(workload("v1", "Pod",
                            R"({"containers":[{"name":")" + std::string(1000, '[') + R"("}]})"))
              .empty());
}
