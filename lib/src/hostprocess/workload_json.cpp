// Reading Pods and workloads from JSON as the API server decodes them: unknown fields are
// ignored (as kubectl's clients do), null is the same as absent (Go pointers and slices), and a
// field of the wrong type is an error naming its JSONPath.
#include "hostprocess/quantity.hpp"
#include "json/reader.hpp"

#include <winnet/error.hpp>
#include <winnet/hostprocess/workload.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

namespace winnet::hostprocess {

namespace {

using json::Value;

constexpr std::size_t max_depth = 256;

// Refuses JSON text nested deeper than max_depth before nlohmann parses it (its parser and
// destructor recurse over nesting).
void check_depth(std::string_view text) {
    std::size_t depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                in_string = false;
            }
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) {
                throw JsonError("$", "nested deeper than " + std::to_string(max_depth) +
                                         " levels; Kubernetes objects are far shallower");
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
}

// A member of an object, or nullptr when absent or null.
const Value* member(const Value& object, std::string_view key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

void expect_object(const Value& value, const std::string& path, std::string_view type) {
    if (!value.is_object()) {
        throw JsonError(path, "expected an object (" + std::string(type) + "), found " +
                                  json::describe(value));
    }
}

// Reads the members of an object with their paths.
class Fields {
public:
    Fields(const Value& value, std::string path, std::string_view type)
        : value_(value), path_(std::move(path)) {
        expect_object(value, path_, type);
    }
    [[nodiscard]] const Value* find(std::string_view key) const { return member(value_, key); }
    [[nodiscard]] std::string path(std::string_view key) const {
        return json::child_path(path_, key);
    }
    [[nodiscard]] bool boolean(std::string_view key) const {
        const Value* v = find(key);
        return v != nullptr && json::read_bool(*v, path(key));
    }
    [[nodiscard]] std::optional<bool> optional_bool(std::string_view key) const {
        const Value* v = find(key);
        return v == nullptr ? std::nullopt : std::optional<bool>(json::read_bool(*v, path(key)));
    }
    [[nodiscard]] std::string string(std::string_view key) const {
        const Value* v = find(key);
        return v == nullptr ? std::string() : json::read_string(*v, path(key));
    }
    [[nodiscard]] std::optional<std::string> optional_string(std::string_view key) const {
        const Value* v = find(key);
        return v == nullptr ? std::nullopt
                            : std::optional<std::string>(json::read_string(*v, path(key)));
    }
    [[nodiscard]] std::optional<std::int64_t> optional_int(std::string_view key, std::int64_t min,
                                                           std::int64_t max,
                                                           std::string_view type) const {
        const Value* v = find(key);
        if (v == nullptr) {
            return std::nullopt;
        }
        return read_int(*v, path(key), min, max, type);
    }
    [[nodiscard]] std::vector<std::string> strings(std::string_view key) const {
        std::vector<std::string> out;
        if (const Value* v = find(key)) {
            json::read_array(*v, path(key), [&out](const Value& e, const std::string& p) {
                out.push_back(json::read_string(e, p));
            });
        }
        return out;
    }
    [[nodiscard]] std::map<std::string, std::string> string_map(std::string_view key) const {
        std::map<std::string, std::string> out;
        if (const Value* v = find(key)) {
            const std::string p = path(key);
            expect_object(*v, p, "map of strings");
            for (const auto& [k, item] : v->items()) {
                if (item.is_null()) {
                    continue;
                }
                out[k] = json::read_string(item, json::child_path(p, k));
            }
        }
        return out;
    }
    // The object member `key`, or nullptr; throws when it is not an object.
    [[nodiscard]] const Value* object(std::string_view key, std::string_view type) const {
        const Value* v = find(key);
        if (v != nullptr) {
            expect_object(*v, path(key), type);
        }
        return v;
    }

    static std::int64_t read_int(const Value& v, const std::string& path, std::int64_t min,
                                 std::int64_t max, std::string_view type) {
        std::int64_t n = 0;
        bool ok = false;
        if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            ok = u <= static_cast<std::uint64_t>(max);
            n = ok ? static_cast<std::int64_t>(u) : 0;
        } else if (v.is_number_integer()) {
            n = v.get<std::int64_t>();
            ok = n >= min && n <= max;
        }
        if (!ok) {
            throw JsonError(path, "expected an integer from " + std::to_string(min) + " to " +
                                      std::to_string(max) + " (" + std::string(type) + "), found " +
                                      json::describe(v));
        }
        return n;
    }

private:
    const Value& value_;
    std::string path_;
};

constexpr std::int64_t int32_min = std::numeric_limits<std::int32_t>::min();
constexpr std::int64_t int32_max = std::numeric_limits<std::int32_t>::max();
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();

WindowsOptions read_windows_options(const Value& value, const std::string& path) {
    const Fields f(value, path, "WindowsSecurityContextOptions");
    WindowsOptions o;
    o.host_process = f.optional_bool("hostProcess");
    o.run_as_user_name = f.optional_string("runAsUserName");
    o.gmsa_credential_spec_name = f.optional_string("gmsaCredentialSpecName");
    o.gmsa_credential_spec = f.optional_string("gmsaCredentialSpec");
    return o;
}

SeLinuxOptions read_se_linux(const Value& value, const std::string& path) {
    const Fields f(value, path, "SELinuxOptions");
    return {f.string("user"), f.string("role"), f.string("type"), f.string("level")};
}

// The `type` of a seccompProfile or appArmorProfile object.
std::string read_profile_type(const Value& value, const std::string& path, std::string_view type) {
    const Fields f(value, path, type);
    return f.string("type");
}

SecurityContext read_security_context(const Value& value, const std::string& path) {
    const Fields f(value, path, "SecurityContext");
    SecurityContext sc;
    if (const Value* w = f.object("windowsOptions", "WindowsSecurityContextOptions")) {
        sc.windows_options = read_windows_options(*w, f.path("windowsOptions"));
    }
    sc.privileged = f.optional_bool("privileged");
    sc.allow_privilege_escalation = f.optional_bool("allowPrivilegeEscalation");
    sc.run_as_non_root = f.optional_bool("runAsNonRoot");
    sc.run_as_user = f.optional_int("runAsUser", int64_min, int64_max, "int64");
    sc.run_as_group = f.optional_int("runAsGroup", int64_min, int64_max, "int64");
    sc.read_only_root_filesystem = f.optional_bool("readOnlyRootFilesystem");
    sc.proc_mount = f.optional_string("procMount");
    if (const Value* c = f.object("capabilities", "Capabilities")) {
        const Fields cf(*c, f.path("capabilities"), "Capabilities");
        sc.capabilities = Capabilities{cf.strings("add"), cf.strings("drop")};
    }
    if (const Value* s = f.object("seLinuxOptions", "SELinuxOptions")) {
        sc.se_linux_options = read_se_linux(*s, f.path("seLinuxOptions"));
    }
    if (const Value* s = f.object("seccompProfile", "SeccompProfile")) {
        sc.seccomp_profile_type = read_profile_type(*s, f.path("seccompProfile"), "SeccompProfile");
    }
    if (const Value* a = f.object("appArmorProfile", "AppArmorProfile")) {
        sc.app_armor_profile_type =
            read_profile_type(*a, f.path("appArmorProfile"), "AppArmorProfile");
    }
    return sc;
}

PodSecurityContext read_pod_security_context(const Value& value, const std::string& path) {
    const Fields f(value, path, "PodSecurityContext");
    PodSecurityContext sc;
    if (const Value* w = f.object("windowsOptions", "WindowsSecurityContextOptions")) {
        sc.windows_options = read_windows_options(*w, f.path("windowsOptions"));
    }
    sc.run_as_non_root = f.optional_bool("runAsNonRoot");
    sc.run_as_user = f.optional_int("runAsUser", int64_min, int64_max, "int64");
    sc.run_as_group = f.optional_int("runAsGroup", int64_min, int64_max, "int64");
    sc.fs_group = f.optional_int("fsGroup", int64_min, int64_max, "int64");
    sc.fs_group_change_policy = f.optional_string("fsGroupChangePolicy");
    if (const Value* g = f.find("supplementalGroups")) {
        std::vector<std::int64_t> groups;
        json::read_array(
            *g, f.path("supplementalGroups"), [&groups](const Value& e, const std::string& p) {
                groups.push_back(Fields::read_int(e, p, int64_min, int64_max, "int64"));
            });
        sc.supplemental_groups = std::move(groups);
    }
    sc.supplemental_groups_policy = f.optional_string("supplementalGroupsPolicy");
    if (const Value* s = f.find("sysctls")) {
        json::read_array(*s, f.path("sysctls"), [&sc](const Value& e, const std::string& p) {
            const Fields sf(e, p, "Sysctl");
            sc.sysctls.push_back(sf.string("name"));
        });
    }
    if (const Value* s = f.object("seLinuxOptions", "SELinuxOptions")) {
        sc.se_linux_options = read_se_linux(*s, f.path("seLinuxOptions"));
    }
    sc.se_linux_change_policy = f.optional_string("seLinuxChangePolicy");
    if (const Value* s = f.object("seccompProfile", "SeccompProfile")) {
        sc.seccomp_profile_type = read_profile_type(*s, f.path("seccompProfile"), "SeccompProfile");
    }
    if (const Value* a = f.object("appArmorProfile", "AppArmorProfile")) {
        sc.app_armor_profile_type =
            read_profile_type(*a, f.path("appArmorProfile"), "AppArmorProfile");
    }
    return sc;
}

// A resource quantity: a string, or a number (YAML `cpu: 1`), kept as written.
std::string read_quantity(const Value& value, const std::string& path) {
    std::string text;
    if (value.is_string()) {
        text = value.get<std::string>();
    } else if (value.is_number_integer() || value.is_number_unsigned() || value.is_number_float()) {
        text = value.dump();
    } else {
        throw JsonError(path, "expected a quantity (a string or a number), found " +
                                  json::describe(value));
    }
    if (!detail::parse_quantity(text, 0)) {
        throw JsonError(path, "quantities must match the regular expression "
                              "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$', found \"" +
                                  text + "\"");
    }
    return text;
}

// The `host` of a probe's or handler's httpGet and tcpSocket, in that order, when not empty.
void read_hosts(const Value& handler, const std::string& path, std::string_view type,
                std::vector<std::string>& hosts) {
    const Fields f(handler, path, type);
    for (const char* action : {"httpGet", "tcpSocket"}) {
        if (const Value* a = f.object(action, action)) {
            const Fields af(*a, f.path(action), action);
            std::string host = af.string("host");
            if (!host.empty()) {
                hosts.push_back(std::move(host));
            }
        }
    }
}

Container read_container(const Value& value, const std::string& path) {
    const Fields f(value, path, "Container");
    Container c;
    c.name = f.string("name");
    c.image = f.string("image");
    c.working_dir = f.string("workingDir");
    c.command = f.strings("command");
    c.args = f.strings("args");
    if (const Value* ports = f.find("ports")) {
        json::read_array(*ports, f.path("ports"), [&c](const Value& e, const std::string& p) {
            const Fields pf(e, p, "ContainerPort");
            ContainerPort port;
            port.name = pf.string("name");
            port.container_port = static_cast<std::int32_t>(
                pf.optional_int("containerPort", int32_min, int32_max, "int32").value_or(0));
            port.host_port = static_cast<std::int32_t>(
                pf.optional_int("hostPort", int32_min, int32_max, "int32").value_or(0));
            port.protocol = pf.string("protocol");
            c.ports.push_back(std::move(port));
        });
    }
    if (const Value* mounts = f.find("volumeMounts")) {
        json::read_array(
            *mounts, f.path("volumeMounts"), [&c](const Value& e, const std::string& p) {
                const Fields mf(e, p, "VolumeMount");
                c.volume_mounts.push_back({mf.string("name"), mf.string("mountPath"),
                                           mf.boolean("readOnly"), mf.string("subPath")});
            });
    }
    if (const Value* sc = f.object("securityContext", "SecurityContext")) {
        c.security_context = read_security_context(*sc, f.path("securityContext"));
    }
    if (const Value* r = f.object("resources", "ResourceRequirements")) {
        const Fields rf(*r, f.path("resources"), "ResourceRequirements");
        if (const Value* limits = rf.object("limits", "ResourceList")) {
            const Fields lf(*limits, rf.path("limits"), "ResourceList");
            if (const Value* cpu = lf.find("cpu")) {
                c.cpu_limit = read_quantity(*cpu, lf.path("cpu"));
            }
            if (const Value* memory = lf.find("memory")) {
                c.memory_limit = read_quantity(*memory, lf.path("memory"));
            }
        }
    }
    for (const char* probe : {"livenessProbe", "readinessProbe", "startupProbe"}) {
        if (const Value* p = f.object(probe, "Probe")) {
            read_hosts(*p, f.path(probe), "Probe", c.probe_hosts);
        }
    }
    if (const Value* l = f.object("lifecycle", "Lifecycle")) {
        const Fields lf(*l, f.path("lifecycle"), "Lifecycle");
        for (const char* handler : {"postStart", "preStop"}) {
            if (const Value* h = lf.object(handler, "LifecycleHandler")) {
                read_hosts(*h, lf.path(handler), "LifecycleHandler", c.probe_hosts);
            }
        }
    }
    return c;
}

// The volume sources of core/v1 VolumeSource, in declaration order.
constexpr std::array<std::string_view, 30> volume_sources = {"hostPath",
                                                             "emptyDir",
                                                             "gcePersistentDisk",
                                                             "awsElasticBlockStore",
                                                             "gitRepo",
                                                             "secret",
                                                             "nfs",
                                                             "iscsi",
                                                             "glusterfs",
                                                             "persistentVolumeClaim",
                                                             "rbd",
                                                             "flexVolume",
                                                             "cinder",
                                                             "cephfs",
                                                             "flocker",
                                                             "downwardAPI",
                                                             "fc",
                                                             "azureFile",
                                                             "configMap",
                                                             "vsphereVolume",
                                                             "quobyte",
                                                             "azureDisk",
                                                             "photonPersistentDisk",
                                                             "projected",
                                                             "portworxVolume",
                                                             "scaleIO",
                                                             "storageos",
                                                             "csi",
                                                             "ephemeral",
                                                             "image"};

Volume read_volume(const Value& value, const std::string& path) {
    const Fields f(value, path, "Volume");
    Volume v;
    v.name = f.string("name");
    for (const std::string_view source : volume_sources) {
        if (const Value* s = f.object(source, source)) {
            v.source = std::string(source);
            const Fields sf(*s, f.path(source), source);
            if (source == "hostPath") {
                v.host_path = sf.string("path");
            } else if (source == "configMap") {
                v.reference = sf.string("name");
            } else if (source == "secret") {
                v.reference = sf.string("secretName");
            } else if (source == "persistentVolumeClaim") {
                v.reference = sf.string("claimName");
            }
            break;
        }
    }
    if (v.source.empty()) {
        v.source = "emptyDir"; // SetDefaults_Volume: a volume without a source is an emptyDir
    }
    return v;
}

// The OS values of `kubernetes.io/os In` expressions of the required node affinity, when every
// term has one: the terms are ORed, so the pod is kept to those OSes only then.
std::vector<std::string> read_affinity_os(const Fields& spec) {
    const Value* affinity = spec.object("affinity", "Affinity");
    if (affinity == nullptr) {
        return {};
    }
    const Fields af(*affinity, spec.path("affinity"), "Affinity");
    const Value* node = af.object("nodeAffinity", "NodeAffinity");
    if (node == nullptr) {
        return {};
    }
    const Fields nf(*node, af.path("nodeAffinity"), "NodeAffinity");
    const char* key = "requiredDuringSchedulingIgnoredDuringExecution";
    const Value* required = nf.object(key, "NodeSelector");
    if (required == nullptr) {
        return {};
    }
    const Fields rf(*required, nf.path(key), "NodeSelector");
    std::vector<std::string> out;
    bool every_term = true;
    bool any_term = false;
    if (const Value* terms = rf.find("nodeSelectorTerms")) {
        json::read_array(
            *terms, rf.path("nodeSelectorTerms"), [&](const Value& t, const std::string& tp) {
                any_term = true;
                const Fields tf(t, tp, "NodeSelectorTerm");
                bool found = false;
                if (const Value* exprs = tf.find("matchExpressions")) {
                    json::read_array(*exprs, tf.path("matchExpressions"),
                                     [&](const Value& e, const std::string& ep) {
                                         const Fields ef(e, ep, "NodeSelectorRequirement");
                                         if (ef.string("key") == "kubernetes.io/os" &&
                                             ef.string("operator") == "In") {
                                             found = true;
                                             for (std::string v : ef.strings("values")) {
                                                 if (std::find(out.begin(), out.end(), v) ==
                                                     out.end()) {
                                                     out.push_back(std::move(v));
                                                 }
                                             }
                                         }
                                     });
                }
                every_term = every_term && found;
            });
    }
    if (!any_term || !every_term) {
        return {};
    }
    return out;
}

std::vector<Container> read_containers(const Fields& f, std::string_view key) {
    std::vector<Container> out;
    if (const Value* list = f.find(key)) {
        json::read_array(*list, f.path(key), [&out](const Value& e, const std::string& p) {
            out.push_back(read_container(e, p));
        });
    }
    return out;
}

PodSpec read_pod_spec(const Value& value, const std::string& path) {
    const Fields f(value, path, "PodSpec");
    PodSpec spec;
    spec.host_network = f.boolean("hostNetwork");
    spec.host_pid = f.boolean("hostPID");
    spec.host_ipc = f.boolean("hostIPC");
    spec.host_users = f.optional_bool("hostUsers");
    spec.share_process_namespace = f.optional_bool("shareProcessNamespace");
    if (const Value* os = f.object("os", "PodOS")) {
        spec.os_name = Fields(*os, f.path("os"), "PodOS").string("name");
    }
    spec.node_selector = f.string_map("nodeSelector");
    spec.affinity_os = read_affinity_os(f);
    spec.automount_service_account_token = f.optional_bool("automountServiceAccountToken");
    if (const Value* sc = f.object("securityContext", "PodSecurityContext")) {
        spec.security_context = read_pod_security_context(*sc, f.path("securityContext"));
    }
    spec.init_containers = read_containers(f, "initContainers");
    spec.containers = read_containers(f, "containers");
    spec.ephemeral_containers = read_containers(f, "ephemeralContainers");
    if (const Value* volumes = f.find("volumes")) {
        json::read_array(*volumes, f.path("volumes"),
                         [&spec](const Value& e, const std::string& p) {
                             spec.volumes.push_back(read_volume(e, p));
                         });
    }
    return spec;
}

struct KindInfo {
    std::string_view kind;
    WorkloadKind value;
    std::string_view api_version;
};

constexpr std::array<KindInfo, 7> kinds = {{
    {"Pod", WorkloadKind::Pod, "v1"},
    {"Deployment", WorkloadKind::Deployment, "apps/v1"},
    {"DaemonSet", WorkloadKind::DaemonSet, "apps/v1"},
    {"StatefulSet", WorkloadKind::StatefulSet, "apps/v1"},
    {"ReplicaSet", WorkloadKind::ReplicaSet, "apps/v1"},
    {"Job", WorkloadKind::Job, "batch/v1"},
    {"CronJob", WorkloadKind::CronJob, "batch/v1"},
}};

// The object at `path` that must be there for a workload to have a pod.
const Value& required_object(const Fields& f, std::string_view key, std::string_view type,
                             std::string_view why) {
    const Value* v = f.object(key, type);
    if (v == nullptr) {
        throw JsonError(f.path(key), "missing: " + std::string(why));
    }
    return *v;
}

void read_object(const Value& value, const std::string& path, Manifests& out) {
    const Fields f(value, path, "Kubernetes object");
    const Value* api_version = f.find("apiVersion");
    const Value* kind_value = f.find("kind");
    if (api_version == nullptr || kind_value == nullptr) {
        std::string missing = api_version == nullptr && kind_value == nullptr
                                  ? "apiVersion and kind"
                              : api_version == nullptr ? "apiVersion"
                                                       : "kind";
        throw JsonError(path, "not a Kubernetes object: " + missing + " not set");
    }
    const std::string version = json::read_string(*api_version, f.path("apiVersion"));
    const std::string kind = json::read_string(*kind_value, f.path("kind"));
    if (kind == "List" && version == "v1") {
        if (const Value* items = f.find("items")) {
            json::read_array(*items, f.path("items"), [&out](const Value& e, const std::string& p) {
                read_object(e, p, out);
            });
        }
        return;
    }
    std::string name;
    std::string ns;
    if (const Value* meta = f.object("metadata", "ObjectMeta")) {
        const Fields mf(*meta, f.path("metadata"), "ObjectMeta");
        name = mf.string("name");
        ns = mf.string("namespace");
    }
    const KindInfo* info = nullptr;
    for (const KindInfo& k : kinds) {
        if (k.kind == kind) {
            info = &k;
        }
    }
    if (info == nullptr) {
        out.skipped.push_back(kind + " " + (ns.empty() ? name : ns + "/" + name));
        return;
    }
    if (version != info->api_version) {
        throw JsonError(f.path("apiVersion"), "no matches for kind \"" + kind + "\" in version \"" +
                                                  version + "\": " + kind + " is served as " +
                                                  std::string(info->api_version));
    }
    Workload w;
    w.kind = info->value;
    w.api_version = version;
    w.name = std::move(name);
    w.namespace_name = std::move(ns);
    w.document_path = path;
    if (w.kind == WorkloadKind::Pod) {
        if (const Value* meta = f.find("metadata")) {
            w.pod_annotations =
                Fields(*meta, f.path("metadata"), "ObjectMeta").string_map("annotations");
        }
        const Value& spec = required_object(f, "spec", "PodSpec", "a Pod needs a spec");
        w.spec = read_pod_spec(spec, f.path("spec"));
        out.workloads.push_back(std::move(w));
        return;
    }
    const Value* holder = &required_object(f, "spec", kind + "Spec", "a " + kind + " needs a spec");
    std::string holder_path = f.path("spec");
    if (w.kind == WorkloadKind::CronJob) {
        const Fields cf(*holder, holder_path, "CronJobSpec");
        const Value& job_template =
            required_object(cf, "jobTemplate", "JobTemplateSpec", "a CronJob needs a jobTemplate");
        const Fields jf(job_template, cf.path("jobTemplate"), "JobTemplateSpec");
        holder = &required_object(jf, "spec", "JobSpec", "a jobTemplate needs a spec");
        holder_path = jf.path("spec");
    }
    const Fields sf(*holder, holder_path,
                    w.kind == WorkloadKind::CronJob ? "JobSpec" : kind + "Spec");
    const Value& tmpl =
        required_object(sf, "template", "PodTemplateSpec", "a " + kind + " needs a pod template");
    const Fields tf(tmpl, sf.path("template"), "PodTemplateSpec");
    if (const Value* meta = tf.object("metadata", "ObjectMeta")) {
        w.pod_annotations =
            Fields(*meta, tf.path("metadata"), "ObjectMeta").string_map("annotations");
    }
    const Value& pod_spec = required_object(tf, "spec", "PodSpec", "a pod template needs a spec");
    w.spec = read_pod_spec(pod_spec, tf.path("spec"));
    out.workloads.push_back(std::move(w));
}

} // namespace

Manifests read_manifests(std::string_view text) {
    check_depth(text);
    const Value document = json::parse(text);
    Manifests out;
    read_object(document, "$", out);
    return out;
}

} // namespace winnet::hostprocess
