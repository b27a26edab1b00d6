// winnet.hostprocess: Windows HostProcess pods. The manifest model, the API server's rules, Pod
// Security, the node's checks and the runtime view. List fields read as tuples and map fields
// as read-only mappings (assign a new value to change them); optional fields are None when
// unset. Loading YAML and the command line are in winnet/hostprocess.py and winnet/cli/.
#include "bindings.hpp"
#include "fields.hpp"
#include "repr.hpp"

#include <winnet/hostprocess/check.hpp>
#include <winnet/hostprocess/pod_security.hpp>
#include <winnet/hostprocess/rules.hpp>
#include <winnet/hostprocess/runtime.hpp>
#include <winnet/hostprocess/validation.hpp>
#include <winnet/hostprocess/workload.hpp>

#include <pybind11/native_enum.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace winnet::python {

namespace {

namespace hp = winnet::hostprocess;

using Map = std::map<std::string, std::string>;
using Fields = std::vector<std::pair<const char*, py::object>>;

std::string qualified(const char* type, const char* member) {
    return std::string("winnet::hostprocess::") + type + "::" + member;
}

/// A map field: read as a read-only mapping, written from any mapping.
template <class Class, class Owner>
void def_map_field(Class& cls, const char* name, Map Owner::*field, const char* doc_text) {
    cls.def_property(
        name,
        [field](const Owner& self) {
            return py::module_::import("types").attr("MappingProxyType")(py::cast(self.*field));
        },
        [field, where = property_name(cls, name)](Owner& self, const Checked<Map>& value) {
            self.*field = checked(value, where, "a mapping of str to str");
        },
        doc_text);
}

/// `Type(a=..., b=...)` with only the fields that differ from their defaults.
std::string set_fields_repr(const char* type, const Fields& fields) {
    std::string out = type;
    out += '(';
    bool first = true;
    for (const auto& [name, value] : fields) {
        const bool unset = value.is_none() ||
                           (py::isinstance<py::tuple>(value) && py::len(value) == 0) ||
                           (py::isinstance<py::str>(value) && py::len(value) == 0) ||
                           (py::isinstance<py::bool_>(value) && !value.cast<bool>()) ||
                           (py::hasattr(value, "__len__") && py::len(value) == 0);
        if (unset) {
            continue;
        }
        out += first ? "" : ", ";
        first = false;
        out += name;
        out += '=';
        out += py::repr(value).cast<std::string>();
    }
    return out + ")";
}

void bind_enums(py::module_& m) {
    py::native_enum<hp::WorkloadKind>(m, "WorkloadKind", "enum.Enum",
                                      doc("winnet::hostprocess::WorkloadKind"))
        .value("POD", hp::WorkloadKind::Pod, doc("winnet::hostprocess::WorkloadKind::Pod"))
        .value("DEPLOYMENT", hp::WorkloadKind::Deployment,
               doc("winnet::hostprocess::WorkloadKind::Deployment"))
        .value("DAEMON_SET", hp::WorkloadKind::DaemonSet,
               doc("winnet::hostprocess::WorkloadKind::DaemonSet"))
        .value("STATEFUL_SET", hp::WorkloadKind::StatefulSet,
               doc("winnet::hostprocess::WorkloadKind::StatefulSet"))
        .value("REPLICA_SET", hp::WorkloadKind::ReplicaSet,
               doc("winnet::hostprocess::WorkloadKind::ReplicaSet"))
        .value("JOB", hp::WorkloadKind::Job, doc("winnet::hostprocess::WorkloadKind::Job"))
        .value("CRON_JOB", hp::WorkloadKind::CronJob,
               doc("winnet::hostprocess::WorkloadKind::CronJob"))
        .finalize();
    m.def("kind_name", &hp::kind_name, py::arg("kind"), doc("winnet::hostprocess::kind_name"));

    py::native_enum<hp::FieldErrorType>(m, "FieldErrorType", "enum.Enum",
                                        doc("winnet::hostprocess::FieldErrorType"))
        .value("INVALID", hp::FieldErrorType::Invalid,
               doc("winnet::hostprocess::FieldErrorType::Invalid"))
        .value("FORBIDDEN", hp::FieldErrorType::Forbidden,
               doc("winnet::hostprocess::FieldErrorType::Forbidden"))
        .value("REQUIRED", hp::FieldErrorType::Required,
               doc("winnet::hostprocess::FieldErrorType::Required"))
        .value("NOT_SUPPORTED", hp::FieldErrorType::NotSupported,
               doc("winnet::hostprocess::FieldErrorType::NotSupported"))
        .finalize();

    py::native_enum<hp::PodSecurityLevel>(m, "PodSecurityLevel", "enum.Enum",
                                          doc("winnet::hostprocess::PodSecurityLevel"))
        .value("PRIVILEGED", hp::PodSecurityLevel::Privileged,
               doc("winnet::hostprocess::PodSecurityLevel::Privileged"))
        .value("BASELINE", hp::PodSecurityLevel::Baseline,
               doc("winnet::hostprocess::PodSecurityLevel::Baseline"))
        .value("RESTRICTED", hp::PodSecurityLevel::Restricted,
               doc("winnet::hostprocess::PodSecurityLevel::Restricted"))
        .finalize();
    m.def("level_name", &hp::level_name, py::arg("level"), doc("winnet::hostprocess::level_name"));

    py::native_enum<hp::Stage>(m, "Stage", "enum.Enum", doc("winnet::hostprocess::Stage"))
        .value("API_SERVER", hp::Stage::ApiServer, doc("winnet::hostprocess::Stage::ApiServer"))
        .value("POD_SECURITY", hp::Stage::PodSecurity,
               doc("winnet::hostprocess::Stage::PodSecurity"))
        .value("KUBELET", hp::Stage::Kubelet, doc("winnet::hostprocess::Stage::Kubelet"))
        .value("RUNTIME", hp::Stage::Runtime, doc("winnet::hostprocess::Stage::Runtime"))
        .finalize();
    m.def("stage_name", &hp::stage_name, py::arg("stage"), doc("winnet::hostprocess::stage_name"));

    py::native_enum<hp::Account>(m, "Account", "enum.Enum", doc("winnet::hostprocess::Account"))
        .value("LOCAL_SYSTEM", hp::Account::LocalSystem,
               doc("winnet::hostprocess::Account::LocalSystem"))
        .value("LOCAL_SERVICE", hp::Account::LocalService,
               doc("winnet::hostprocess::Account::LocalService"))
        .value("NETWORK_SERVICE", hp::Account::NetworkService,
               doc("winnet::hostprocess::Account::NetworkService"))
        .value("LOCAL_GROUP_OR_USER", hp::Account::LocalGroupOrUser,
               doc("winnet::hostprocess::Account::LocalGroupOrUser"))
        .value("OTHER_USER", hp::Account::OtherUser, doc("winnet::hostprocess::Account::OtherUser"))
        .value("UNSET", hp::Account::Unset, doc("winnet::hostprocess::Account::Unset"))
        .finalize();
}

// The fields of a struct, read-write, each with its Doxygen definition.
#define WINNET_FIELD(cls, Type, name)                                                              \
    cls.def_readwrite(#name, &hp::Type::name, doc(qualified(#Type, #name)))
#define WINNET_LIST(cls, Type, name)                                                               \
    def_list_field(cls, #name, &hp::Type::name, doc(qualified(#Type, #name)))
#define WINNET_VALUE(obj, name)                                                                    \
    { #name, py::cast(obj.name) }

void bind_security(py::module_& m) {
    Class<hp::WindowsOptions> wo(m, "WindowsOptions", doc("winnet::hostprocess::WindowsOptions"));
    wo.def(
        py::init([](std::optional<bool> host_process, std::optional<std::string> run_as_user_name,
                    std::optional<std::string> gmsa_credential_spec_name,
                    std::optional<std::string> gmsa_credential_spec) {
            return hp::WindowsOptions{host_process, std::move(run_as_user_name),
                                      std::move(gmsa_credential_spec_name),
                                      std::move(gmsa_credential_spec)};
        }),
        py::kw_only(), py::arg("host_process") = py::none(),
        py::arg("run_as_user_name") = py::none(), py::arg("gmsa_credential_spec_name") = py::none(),
        py::arg("gmsa_credential_spec") = py::none());
    WINNET_FIELD(wo, WindowsOptions, host_process);
    WINNET_FIELD(wo, WindowsOptions, run_as_user_name);
    WINNET_FIELD(wo, WindowsOptions, gmsa_credential_spec_name);
    WINNET_FIELD(wo, WindowsOptions, gmsa_credential_spec);
    wo.def(py::self == py::self).def("__repr__", [](const hp::WindowsOptions& o) {
        return set_fields_repr("WindowsOptions",
                               {WINNET_VALUE(o, host_process), WINNET_VALUE(o, run_as_user_name),
                                WINNET_VALUE(o, gmsa_credential_spec_name),
                                WINNET_VALUE(o, gmsa_credential_spec)});
    });

    Class<hp::Capabilities> caps(m, "Capabilities", doc("winnet::hostprocess::Capabilities"));
    caps.def(py::init([](std::vector<std::string> add, std::vector<std::string> drop) {
                 return hp::Capabilities{std::move(add), std::move(drop)};
             }),
             py::kw_only(), py::arg("add") = std::vector<std::string>{},
             py::arg("drop") = std::vector<std::string>{});
    WINNET_LIST(caps, Capabilities, add);
    WINNET_LIST(caps, Capabilities, drop);
    caps.def(py::self == py::self).def("__repr__", [](const hp::Capabilities& c) {
        return constructor_repr("Capabilities",
                                {{"add", as_tuple(c.add)}, {"drop", as_tuple(c.drop)}});
    });

    Class<hp::SeLinuxOptions> se(m, "SeLinuxOptions", doc("winnet::hostprocess::SeLinuxOptions"));
    se.def(py::init([](std::string user, std::string role, std::string type, std::string level) {
               return hp::SeLinuxOptions{std::move(user), std::move(role), std::move(type),
                                         std::move(level)};
           }),
           py::kw_only(), py::arg("user") = "", py::arg("role") = "", py::arg("type") = "",
           py::arg("level") = "");
    WINNET_FIELD(se, SeLinuxOptions, user);
    WINNET_FIELD(se, SeLinuxOptions, role);
    WINNET_FIELD(se, SeLinuxOptions, type);
    WINNET_FIELD(se, SeLinuxOptions, level);
    se.def(py::self == py::self).def("__repr__", [](const hp::SeLinuxOptions& o) {
        return set_fields_repr("SeLinuxOptions", {WINNET_VALUE(o, user), WINNET_VALUE(o, role),
                                                  WINNET_VALUE(o, type), WINNET_VALUE(o, level)});
    });

    Class<hp::SecurityContext> sc(m, "SecurityContext",
                                  doc("winnet::hostprocess::SecurityContext"));
    sc.def(
        py::init(
            [](std::optional<hp::WindowsOptions> windows_options, std::optional<bool> privileged,
               std::optional<bool> allow_privilege_escalation, std::optional<bool> run_as_non_root,
               std::optional<std::int64_t> run_as_user, std::optional<std::int64_t> run_as_group,
               std::optional<bool> read_only_root_filesystem, std::optional<std::string> proc_mount,
               std::optional<hp::Capabilities> capabilities,
               std::optional<hp::SeLinuxOptions> se_linux_options,
               std::optional<std::string> seccomp_profile_type,
               std::optional<std::string> app_armor_profile_type) {
                return hp::SecurityContext{std::move(windows_options),
                                           privileged,
                                           allow_privilege_escalation,
                                           run_as_non_root,
                                           run_as_user,
                                           run_as_group,
                                           read_only_root_filesystem,
                                           std::move(proc_mount),
                                           std::move(capabilities),
                                           std::move(se_linux_options),
                                           std::move(seccomp_profile_type),
                                           std::move(app_armor_profile_type)};
            }),
        py::kw_only(), py::arg("windows_options") = py::none(), py::arg("privileged") = py::none(),
        py::arg("allow_privilege_escalation") = py::none(), py::arg("run_as_non_root") = py::none(),
        py::arg("run_as_user") = py::none(), py::arg("run_as_group") = py::none(),
        py::arg("read_only_root_filesystem") = py::none(), py::arg("proc_mount") = py::none(),
        py::arg("capabilities") = py::none(), py::arg("se_linux_options") = py::none(),
        py::arg("seccomp_profile_type") = py::none(),
        py::arg("app_armor_profile_type") = py::none());
    WINNET_FIELD(sc, SecurityContext, windows_options);
    WINNET_FIELD(sc, SecurityContext, privileged);
    WINNET_FIELD(sc, SecurityContext, allow_privilege_escalation);
    WINNET_FIELD(sc, SecurityContext, run_as_non_root);
    WINNET_FIELD(sc, SecurityContext, run_as_user);
    WINNET_FIELD(sc, SecurityContext, run_as_group);
    WINNET_FIELD(sc, SecurityContext, read_only_root_filesystem);
    WINNET_FIELD(sc, SecurityContext, proc_mount);
    WINNET_FIELD(sc, SecurityContext, capabilities);
    WINNET_FIELD(sc, SecurityContext, se_linux_options);
    WINNET_FIELD(sc, SecurityContext, seccomp_profile_type);
    WINNET_FIELD(sc, SecurityContext, app_armor_profile_type);
    sc.def(py::self == py::self).def("__repr__", [](const hp::SecurityContext& s) {
        return set_fields_repr(
            "SecurityContext",
            {WINNET_VALUE(s, windows_options), WINNET_VALUE(s, privileged),
             WINNET_VALUE(s, allow_privilege_escalation), WINNET_VALUE(s, run_as_non_root),
             WINNET_VALUE(s, run_as_user), WINNET_VALUE(s, run_as_group),
             WINNET_VALUE(s, read_only_root_filesystem), WINNET_VALUE(s, proc_mount),
             WINNET_VALUE(s, capabilities), WINNET_VALUE(s, se_linux_options),
             WINNET_VALUE(s, seccomp_profile_type), WINNET_VALUE(s, app_armor_profile_type)});
    });

    Class<hp::PodSecurityContext> psc(m, "PodSecurityContext",
                                      doc("winnet::hostprocess::PodSecurityContext"));
    psc.def(
        py::init([](std::optional<hp::WindowsOptions> windows_options,
                    std::optional<bool> run_as_non_root, std::optional<std::int64_t> run_as_user,
                    std::optional<std::int64_t> run_as_group, std::optional<std::int64_t> fs_group,
                    std::optional<std::string> fs_group_change_policy,
                    std::optional<std::vector<std::int64_t>> supplemental_groups,
                    std::optional<std::string> supplemental_groups_policy,
                    std::vector<std::string> sysctls,
                    std::optional<hp::SeLinuxOptions> se_linux_options,
                    std::optional<std::string> se_linux_change_policy,
                    std::optional<std::string> seccomp_profile_type,
                    std::optional<std::string> app_armor_profile_type) {
            return hp::PodSecurityContext{std::move(windows_options),
                                          run_as_non_root,
                                          run_as_user,
                                          run_as_group,
                                          fs_group,
                                          std::move(fs_group_change_policy),
                                          std::move(supplemental_groups),
                                          std::move(supplemental_groups_policy),
                                          std::move(sysctls),
                                          std::move(se_linux_options),
                                          std::move(se_linux_change_policy),
                                          std::move(seccomp_profile_type),
                                          std::move(app_armor_profile_type)};
        }),
        py::kw_only(), py::arg("windows_options") = py::none(),
        py::arg("run_as_non_root") = py::none(), py::arg("run_as_user") = py::none(),
        py::arg("run_as_group") = py::none(), py::arg("fs_group") = py::none(),
        py::arg("fs_group_change_policy") = py::none(), py::arg("supplemental_groups") = py::none(),
        py::arg("supplemental_groups_policy") = py::none(),
        py::arg("sysctls") = std::vector<std::string>{}, py::arg("se_linux_options") = py::none(),
        py::arg("se_linux_change_policy") = py::none(),
        py::arg("seccomp_profile_type") = py::none(),
        py::arg("app_armor_profile_type") = py::none());
    WINNET_FIELD(psc, PodSecurityContext, windows_options);
    WINNET_FIELD(psc, PodSecurityContext, run_as_non_root);
    WINNET_FIELD(psc, PodSecurityContext, run_as_user);
    WINNET_FIELD(psc, PodSecurityContext, run_as_group);
    WINNET_FIELD(psc, PodSecurityContext, fs_group);
    WINNET_FIELD(psc, PodSecurityContext, fs_group_change_policy);
    psc.def_property(
        "supplemental_groups",
        [](const hp::PodSecurityContext& s) -> py::object {
            return s.supplemental_groups ? py::object(as_tuple(*s.supplemental_groups))
                                         : py::object(py::none());
        },
        [](hp::PodSecurityContext& s, const Checked<std::optional<std::vector<std::int64_t>>>& v) {
            s.supplemental_groups =
                checked(v, "PodSecurityContext.supplemental_groups", "a sequence of int or None");
        },
        doc("winnet::hostprocess::PodSecurityContext::supplemental_groups"));
    WINNET_FIELD(psc, PodSecurityContext, supplemental_groups_policy);
    WINNET_LIST(psc, PodSecurityContext, sysctls);
    WINNET_FIELD(psc, PodSecurityContext, se_linux_options);
    WINNET_FIELD(psc, PodSecurityContext, se_linux_change_policy);
    WINNET_FIELD(psc, PodSecurityContext, seccomp_profile_type);
    WINNET_FIELD(psc, PodSecurityContext, app_armor_profile_type);
    psc.def(py::self == py::self).def("__repr__", [](const hp::PodSecurityContext& s) {
        return set_fields_repr(
            "PodSecurityContext",
            {WINNET_VALUE(s, windows_options),
             WINNET_VALUE(s, run_as_non_root),
             WINNET_VALUE(s, run_as_user),
             WINNET_VALUE(s, run_as_group),
             WINNET_VALUE(s, fs_group),
             WINNET_VALUE(s, fs_group_change_policy),
             {"supplemental_groups", s.supplemental_groups
                                         ? py::object(as_tuple(*s.supplemental_groups))
                                         : py::object(py::none())},
             WINNET_VALUE(s, supplemental_groups_policy),
             {"sysctls", as_tuple(s.sysctls)},
             WINNET_VALUE(s, se_linux_options),
             WINNET_VALUE(s, se_linux_change_policy),
             WINNET_VALUE(s, seccomp_profile_type),
             WINNET_VALUE(s, app_armor_profile_type)});
    });
}

void bind_model(py::module_& m) {
    Class<hp::ContainerPort> port(m, "ContainerPort", doc("winnet::hostprocess::ContainerPort"));
    port.def(py::init([](std::string name, std::int32_t container_port, std::int32_t host_port,
                         std::string protocol) {
                 return hp::ContainerPort{std::move(name), container_port, host_port,
                                          std::move(protocol)};
             }),
             py::kw_only(), py::arg("name") = "", py::arg("container_port") = 0,
             py::arg("host_port") = 0, py::arg("protocol") = "");
    WINNET_FIELD(port, ContainerPort, name);
    WINNET_FIELD(port, ContainerPort, container_port);
    WINNET_FIELD(port, ContainerPort, host_port);
    WINNET_FIELD(port, ContainerPort, protocol);
    port.def(py::self == py::self).def("__repr__", [](const hp::ContainerPort& p) {
        return constructor_repr("ContainerPort",
                                {WINNET_VALUE(p, name), WINNET_VALUE(p, container_port),
                                 WINNET_VALUE(p, host_port), WINNET_VALUE(p, protocol)});
    });

    Class<hp::VolumeMount> mount(m, "VolumeMount", doc("winnet::hostprocess::VolumeMount"));
    mount.def(py::init([](std::string name, std::string mount_path, bool read_only,
                          std::string sub_path) {
                  return hp::VolumeMount{std::move(name), std::move(mount_path), read_only,
                                         std::move(sub_path)};
              }),
              py::kw_only(), py::arg("name") = "", py::arg("mount_path") = "",
              py::arg("read_only") = false, py::arg("sub_path") = "");
    WINNET_FIELD(mount, VolumeMount, name);
    WINNET_FIELD(mount, VolumeMount, mount_path);
    WINNET_FIELD(mount, VolumeMount, read_only);
    WINNET_FIELD(mount, VolumeMount, sub_path);
    mount.def(py::self == py::self).def("__repr__", [](const hp::VolumeMount& v) {
        return constructor_repr("VolumeMount",
                                {WINNET_VALUE(v, name), WINNET_VALUE(v, mount_path),
                                 WINNET_VALUE(v, read_only), WINNET_VALUE(v, sub_path)});
    });

    Class<hp::Container> c(m, "Container", doc("winnet::hostprocess::Container"));
    c.def(py::init([](std::string name, std::string image, std::string working_dir,
                      std::vector<std::string> command, std::vector<std::string> args,
                      std::vector<hp::ContainerPort> ports,
                      std::vector<hp::VolumeMount> volume_mounts,
                      std::optional<hp::SecurityContext> security_context,
                      std::optional<std::string> cpu_limit, std::optional<std::string> memory_limit,
                      std::vector<std::string> probe_hosts) {
              return hp::Container{std::move(name),          std::move(image),
                                   std::move(working_dir),   std::move(command),
                                   std::move(args),          std::move(ports),
                                   std::move(volume_mounts), std::move(security_context),
                                   std::move(cpu_limit),     std::move(memory_limit),
                                   std::move(probe_hosts)};
          }),
          py::kw_only(), py::arg("name") = "", py::arg("image") = "", py::arg("working_dir") = "",
          py::arg("command") = std::vector<std::string>{},
          py::arg("args") = std::vector<std::string>{},
          py::arg("ports") = std::vector<hp::ContainerPort>{},
          py::arg("volume_mounts") = std::vector<hp::VolumeMount>{},
          py::arg("security_context") = py::none(), py::arg("cpu_limit") = py::none(),
          py::arg("memory_limit") = py::none(),
          py::arg("probe_hosts") = std::vector<std::string>{});
    WINNET_FIELD(c, Container, name);
    WINNET_FIELD(c, Container, image);
    WINNET_FIELD(c, Container, working_dir);
    WINNET_LIST(c, Container, command);
    WINNET_LIST(c, Container, args);
    WINNET_LIST(c, Container, ports);
    WINNET_LIST(c, Container, volume_mounts);
    WINNET_FIELD(c, Container, security_context);
    WINNET_FIELD(c, Container, cpu_limit);
    WINNET_FIELD(c, Container, memory_limit);
    WINNET_LIST(c, Container, probe_hosts);
    c.def(py::self == py::self).def("__repr__", [](const hp::Container& x) {
        return set_fields_repr("Container", {WINNET_VALUE(x, name),
                                             WINNET_VALUE(x, image),
                                             WINNET_VALUE(x, working_dir),
                                             {"command", as_tuple(x.command)},
                                             {"args", as_tuple(x.args)},
                                             {"ports", as_tuple(x.ports)},
                                             {"volume_mounts", as_tuple(x.volume_mounts)},
                                             WINNET_VALUE(x, security_context),
                                             WINNET_VALUE(x, cpu_limit),
                                             WINNET_VALUE(x, memory_limit),
                                             {"probe_hosts", as_tuple(x.probe_hosts)}});
    });

    Class<hp::Volume> v(m, "Volume", doc("winnet::hostprocess::Volume"));
    v.def(py::init([](std::string name, std::string source, std::string host_path,
                      std::string reference) {
              return hp::Volume{std::move(name), std::move(source), std::move(host_path),
                                std::move(reference)};
          }),
          py::kw_only(), py::arg("name") = "", py::arg("source") = "emptyDir",
          py::arg("host_path") = "", py::arg("reference") = "");
    WINNET_FIELD(v, Volume, name);
    WINNET_FIELD(v, Volume, source);
    WINNET_FIELD(v, Volume, host_path);
    WINNET_FIELD(v, Volume, reference);
    v.def(py::self == py::self).def("__repr__", [](const hp::Volume& x) {
        return set_fields_repr("Volume", {WINNET_VALUE(x, name), WINNET_VALUE(x, source),
                                          WINNET_VALUE(x, host_path), WINNET_VALUE(x, reference)});
    });

    Class<hp::PodSpec> ps(m, "PodSpec", doc("winnet::hostprocess::PodSpec"));
    ps.def(
        py::init(
            [](bool host_network, bool host_pid, bool host_ipc, std::optional<bool> host_users,
               std::optional<bool> share_process_namespace, std::optional<std::string> os_name,
               Map node_selector, std::vector<std::string> affinity_os,
               std::optional<bool> automount_service_account_token,
               std::optional<hp::PodSecurityContext> security_context,
               std::vector<hp::Container> init_containers, std::vector<hp::Container> containers,
               std::vector<hp::Container> ephemeral_containers, std::vector<hp::Volume> volumes) {
                hp::PodSpec s;
                s.host_network = host_network;
                s.host_pid = host_pid;
                s.host_ipc = host_ipc;
                s.host_users = host_users;
                s.share_process_namespace = share_process_namespace;
                s.os_name = std::move(os_name);
                s.node_selector = std::move(node_selector);
                s.affinity_os = std::move(affinity_os);
                s.automount_service_account_token = automount_service_account_token;
                s.security_context = std::move(security_context);
                s.init_containers = std::move(init_containers);
                s.containers = std::move(containers);
                s.ephemeral_containers = std::move(ephemeral_containers);
                s.volumes = std::move(volumes);
                return s;
            }),
        py::kw_only(), py::arg("host_network") = false, py::arg("host_pid") = false,
        py::arg("host_ipc") = false, py::arg("host_users") = py::none(),
        py::arg("share_process_namespace") = py::none(), py::arg("os_name") = py::none(),
        py::arg("node_selector") = Map{}, py::arg("affinity_os") = std::vector<std::string>{},
        py::arg("automount_service_account_token") = py::none(),
        py::arg("security_context") = py::none(),
        py::arg("init_containers") = std::vector<hp::Container>{},
        py::arg("containers") = std::vector<hp::Container>{},
        py::arg("ephemeral_containers") = std::vector<hp::Container>{},
        py::arg("volumes") = std::vector<hp::Volume>{});
    WINNET_FIELD(ps, PodSpec, host_network);
    WINNET_FIELD(ps, PodSpec, host_pid);
    WINNET_FIELD(ps, PodSpec, host_ipc);
    WINNET_FIELD(ps, PodSpec, host_users);
    WINNET_FIELD(ps, PodSpec, share_process_namespace);
    WINNET_FIELD(ps, PodSpec, os_name);
    def_map_field(ps, "node_selector", &hp::PodSpec::node_selector,
                  doc("winnet::hostprocess::PodSpec::node_selector"));
    WINNET_LIST(ps, PodSpec, affinity_os);
    WINNET_FIELD(ps, PodSpec, automount_service_account_token);
    WINNET_FIELD(ps, PodSpec, security_context);
    WINNET_LIST(ps, PodSpec, init_containers);
    WINNET_LIST(ps, PodSpec, containers);
    WINNET_LIST(ps, PodSpec, ephemeral_containers);
    WINNET_LIST(ps, PodSpec, volumes);
    ps.def(py::self == py::self).def("__repr__", [](const hp::PodSpec& s) {
        return set_fields_repr("PodSpec",
                               {WINNET_VALUE(s, host_network),
                                WINNET_VALUE(s, host_pid),
                                WINNET_VALUE(s, host_ipc),
                                WINNET_VALUE(s, host_users),
                                WINNET_VALUE(s, share_process_namespace),
                                WINNET_VALUE(s, os_name),
                                WINNET_VALUE(s, node_selector),
                                {"affinity_os", as_tuple(s.affinity_os)},
                                WINNET_VALUE(s, automount_service_account_token),
                                WINNET_VALUE(s, security_context),
                                {"init_containers", as_tuple(s.init_containers)},
                                {"containers", as_tuple(s.containers)},
                                {"ephemeral_containers", as_tuple(s.ephemeral_containers)},
                                {"volumes", as_tuple(s.volumes)}});
    });

    Class<hp::Workload> w(m, "Workload", doc("winnet::hostprocess::Workload"));
    w.def(py::init([](hp::WorkloadKind kind, std::string api_version, std::string name,
                      std::string namespace_name, Map pod_annotations, hp::PodSpec spec,
                      std::string document_path) {
              return hp::Workload{kind,
                                  std::move(api_version),
                                  std::move(name),
                                  std::move(namespace_name),
                                  std::move(pod_annotations),
                                  std::move(spec),
                                  std::move(document_path)};
          }),
          py::kw_only(), py::arg("kind") = hp::WorkloadKind::Pod, py::arg("api_version") = "v1",
          py::arg("name") = "", py::arg("namespace_name") = "", py::arg("pod_annotations") = Map{},
          py::arg_v("spec", hp::PodSpec{}, "PodSpec()"), py::arg("document_path") = "$");
    WINNET_FIELD(w, Workload, kind);
    WINNET_FIELD(w, Workload, api_version);
    WINNET_FIELD(w, Workload, name);
    WINNET_FIELD(w, Workload, namespace_name);
    def_map_field(w, "pod_annotations", &hp::Workload::pod_annotations,
                  doc("winnet::hostprocess::Workload::pod_annotations"));
    WINNET_FIELD(w, Workload, spec);
    WINNET_FIELD(w, Workload, document_path);
    w.def("spec_path", &hp::Workload::spec_path, doc("winnet::hostprocess::Workload::spec_path"))
        .def("resource", &hp::Workload::resource, doc("winnet::hostprocess::Workload::resource"))
        .def(py::self == py::self)
        .def("__repr__", [](const hp::Workload& x) {
            return constructor_repr("Workload", {WINNET_VALUE(x, kind), WINNET_VALUE(x, name),
                                                 WINNET_VALUE(x, namespace_name)}) +
                   "";
        });

    Class<hp::Manifests> mf(m, "Manifests", doc("winnet::hostprocess::Manifests"));
    mf.def(py::init([](std::vector<hp::Workload> workloads, std::vector<std::string> skipped) {
               return hp::Manifests{std::move(workloads), std::move(skipped)};
           }),
           py::kw_only(), py::arg("workloads") = std::vector<hp::Workload>{},
           py::arg("skipped") = std::vector<std::string>{});
    WINNET_LIST(mf, Manifests, workloads);
    WINNET_LIST(mf, Manifests, skipped);
    mf.def("__repr__", [](const hp::Manifests& x) {
        return "<Manifests: " + std::to_string(x.workloads.size()) + " workloads, " +
               std::to_string(x.skipped.size()) + " skipped>";
    });
    m.def("read_manifests", &hp::read_manifests, py::arg("json"),
          doc("winnet::hostprocess::read_manifests"));
}

void bind_checks(py::module_& m) {
    Class<hp::FieldError> fe(m, "FieldError", doc("winnet::hostprocess::FieldError"));
    fe.def(py::init([](hp::FieldErrorType type, std::string field, std::string value,
                       std::string details, std::string rule) {
               return hp::FieldError{type, std::move(field), std::move(value), std::move(details),
                                     std::move(rule)};
           }),
           py::kw_only(), py::arg("type") = hp::FieldErrorType::Invalid, py::arg("field") = "",
           py::arg("value") = "", py::arg("details") = "", py::arg("rule") = "");
    WINNET_FIELD(fe, FieldError, type);
    WINNET_FIELD(fe, FieldError, field);
    WINNET_FIELD(fe, FieldError, value);
    WINNET_FIELD(fe, FieldError, details);
    WINNET_FIELD(fe, FieldError, rule);
    fe.def("body", &hp::FieldError::body, doc("winnet::hostprocess::FieldError::body"))
        .def("to_string", &hp::FieldError::to_string,
             doc("winnet::hostprocess::FieldError::to_string"))
        .def("__str__", &hp::FieldError::to_string)
        .def(py::self == py::self)
        .def("__repr__", [](const hp::FieldError& e) {
            return constructor_repr("FieldError", {WINNET_VALUE(e, type), WINNET_VALUE(e, field),
                                                   WINNET_VALUE(e, value), WINNET_VALUE(e, details),
                                                   WINNET_VALUE(e, rule)});
        });
    m.def("validate", &hp::validate, py::arg("workload"), py::arg("allow_privileged") = true,
          doc("winnet::hostprocess::validate"));
    m.def("invalid_message", &hp::invalid_message, py::arg("workload"), py::arg("errors"),
          doc("winnet::hostprocess::invalid_message"));
    m.def("defaulted", &hp::defaulted, py::arg("workload"), doc("winnet::hostprocess::defaulted"));

    Class<hp::PodSecurityViolation> psv(m, "PodSecurityViolation",
                                        doc("winnet::hostprocess::PodSecurityViolation"));
    psv.def(py::init([](std::string check, std::string reason, std::string details) {
                return hp::PodSecurityViolation{std::move(check), std::move(reason),
                                                std::move(details)};
            }),
            py::kw_only(), py::arg("check") = "", py::arg("reason") = "", py::arg("details") = "");
    WINNET_FIELD(psv, PodSecurityViolation, check);
    WINNET_FIELD(psv, PodSecurityViolation, reason);
    WINNET_FIELD(psv, PodSecurityViolation, details);
    psv.def(py::self == py::self).def("__repr__", [](const hp::PodSecurityViolation& x) {
        return constructor_repr(
            "PodSecurityViolation",
            {WINNET_VALUE(x, check), WINNET_VALUE(x, reason), WINNET_VALUE(x, details)});
    });
    m.def("evaluate_pod_security", &hp::evaluate_pod_security, py::arg("workload"),
          py::arg("level"), doc("winnet::hostprocess::evaluate_pod_security"));
    m.def("pod_security_detail", &hp::pod_security_detail, py::arg("violations"),
          doc("winnet::hostprocess::pod_security_detail"));

    Class<hp::ClusterPolicy> cp(m, "ClusterPolicy", doc("winnet::hostprocess::ClusterPolicy"));
    cp.def(py::init([](bool allow_privileged, hp::PodSecurityLevel pod_security) {
               return hp::ClusterPolicy{allow_privileged, pod_security};
           }),
           py::kw_only(), py::arg("allow_privileged") = true,
           py::arg("pod_security") = hp::PodSecurityLevel::Privileged);
    WINNET_FIELD(cp, ClusterPolicy, allow_privileged);
    WINNET_FIELD(cp, ClusterPolicy, pod_security);
    cp.def("__repr__", [](const hp::ClusterPolicy& x) {
        return constructor_repr("ClusterPolicy",
                                {WINNET_VALUE(x, allow_privileged), WINNET_VALUE(x, pod_security)});
    });

    Class<hp::NodeError> ne(m, "NodeError", doc("winnet::hostprocess::NodeError"));
    ne.def(py::init([](hp::Stage stage, std::string rule, std::string message) {
               return hp::NodeError{stage, std::move(rule), std::move(message)};
           }),
           py::kw_only(), py::arg("stage") = hp::Stage::Runtime, py::arg("rule") = "",
           py::arg("message") = "");
    WINNET_FIELD(ne, NodeError, stage);
    WINNET_FIELD(ne, NodeError, rule);
    WINNET_FIELD(ne, NodeError, message);
    ne.def(py::self == py::self).def("__repr__", [](const hp::NodeError& x) {
        return constructor_repr(
            "NodeError", {WINNET_VALUE(x, stage), WINNET_VALUE(x, rule), WINNET_VALUE(x, message)});
    });

    Class<hp::CheckResult> cr(m, "CheckResult", doc("winnet::hostprocess::CheckResult"));
    WINNET_FIELD(cr, CheckResult, workload);
    WINNET_FIELD(cr, CheckResult, policy);
    WINNET_LIST(cr, CheckResult, api_errors);
    WINNET_LIST(cr, CheckResult, pod_security);
    WINNET_LIST(cr, CheckResult, node_errors);
    cr.def("accepted", &hp::CheckResult::accepted,
           doc("winnet::hostprocess::CheckResult::accepted"))
        .def("ok", &hp::CheckResult::ok, doc("winnet::hostprocess::CheckResult::ok"))
        .def("report", &hp::CheckResult::report, py::arg("source"),
             doc("winnet::hostprocess::CheckResult::report"))
        .def("__repr__", [](const hp::CheckResult& r) {
            return "<CheckResult " + hp::kind_name(r.workload.kind) + " " + r.workload.name + ": " +
                   std::to_string(r.api_errors.size()) + " API errors, " +
                   std::to_string(r.pod_security.size()) + " Pod Security violations, " +
                   std::to_string(r.node_errors.size()) + " node errors>";
        });
    m.def("check", &hp::check, py::arg("workload"),
          py::arg_v("policy", hp::ClusterPolicy{}, "ClusterPolicy()"),
          doc("winnet::hostprocess::check"));
    m.def("kubelet_sandbox_errors", &hp::kubelet_sandbox_errors, py::arg("spec"),
          doc("winnet::hostprocess::kubelet_sandbox_errors"));
    m.def("runtime_errors", &hp::runtime_errors, py::arg("spec"),
          doc("winnet::hostprocess::runtime_errors"));

    Class<hp::Rule> rule(m, "Rule", doc("winnet::hostprocess::Rule"));
    rule.def_readonly("id", &hp::Rule::id, doc("winnet::hostprocess::Rule::id"))
        .def_readonly("stage", &hp::Rule::stage, doc("winnet::hostprocess::Rule::stage"))
        .def_readonly("summary", &hp::Rule::summary, doc("winnet::hostprocess::Rule::summary"))
        .def_readonly("message", &hp::Rule::message, doc("winnet::hostprocess::Rule::message"))
        .def_readonly("path", &hp::Rule::path, doc("winnet::hostprocess::Rule::path"))
        .def_readonly("since", &hp::Rule::since, doc("winnet::hostprocess::Rule::since"))
        .def_readonly("upstream", &hp::Rule::upstream, doc("winnet::hostprocess::Rule::upstream"))
        .def("__repr__", [](const hp::Rule& r) { return "<Rule " + r.id + ">"; });
    m.def(
        "rules", [] { return as_tuple(hp::rules()); }, doc("winnet::hostprocess::rules"));
    m.def("rule", &hp::rule, py::arg("id"), py::return_value_policy::copy,
          doc("winnet::hostprocess::rule"));
}

void bind_runtime(py::module_& m) {
    Class<hp::UserView> uv(m, "UserView", doc("winnet::hostprocess::UserView"));
    uv.def_readonly("run_as_user_name", &hp::UserView::run_as_user_name,
                    doc("winnet::hostprocess::UserView::run_as_user_name"))
        .def_readonly("account", &hp::UserView::account,
                      doc("winnet::hostprocess::UserView::account"))
        .def_readonly("description", &hp::UserView::description,
                      doc("winnet::hostprocess::UserView::description"))
        .def("__repr__", [](const hp::UserView& u) {
            return constructor_repr("UserView",
                                    {WINNET_VALUE(u, run_as_user_name), WINNET_VALUE(u, account)});
        });

    Class<hp::MountView> mv(m, "MountView", doc("winnet::hostprocess::MountView"));
#define WINNET_RO(cls, Type, name)                                                                 \
    cls.def_readonly(#name, &hp::Type::name, doc(qualified(#Type, #name)))
    WINNET_RO(mv, MountView, volume);
    WINNET_RO(mv, MountView, source);
    WINNET_RO(mv, MountView, host_source);
    WINNET_RO(mv, MountView, mount_path);
    WINNET_RO(mv, MountView, destination);
    WINNET_RO(mv, MountView, read_only);
    WINNET_RO(mv, MountView, legacy_link);
    WINNET_RO(mv, MountView, silo_link);
    WINNET_RO(mv, MountView, implicit);
    WINNET_RO(mv, MountView, error);
    mv.def("__repr__", [](const hp::MountView& x) {
        return constructor_repr("MountView", {WINNET_VALUE(x, volume), WINNET_VALUE(x, source),
                                              WINNET_VALUE(x, destination)});
    });

    Class<hp::ContainerView> cv(m, "ContainerView", doc("winnet::hostprocess::ContainerView"));
    WINNET_RO(cv, ContainerView, name);
    WINNET_RO(cv, ContainerView, path);
    WINNET_RO(cv, ContainerView, user);
    WINNET_RO(cv, ContainerView, job_object);
    WINNET_RO(cv, ContainerView, cpu_maximum);
    WINNET_RO(cv, ContainerView, memory_limit_bytes);
    cv.def_property_readonly(
        "ports", [](const hp::ContainerView& x) { return as_tuple(x.ports); },
        doc("winnet::hostprocess::ContainerView::ports"));
    WINNET_RO(cv, ContainerView, legacy_root);
    WINNET_RO(cv, ContainerView, silo_root);
    WINNET_RO(cv, ContainerView, legacy_working_directory);
    WINNET_RO(cv, ContainerView, silo_working_directory);
    cv.def_property_readonly(
        "mounts", [](const hp::ContainerView& x) { return as_tuple(x.mounts); },
        doc("winnet::hostprocess::ContainerView::mounts"));
    cv.def("__repr__", [](const hp::ContainerView& x) {
        return "<ContainerView " + x.name + ": " + x.user.run_as_user_name + ", " +
               std::to_string(x.mounts.size()) + " mounts>";
    });

    Class<hp::RuntimeOptions> ro(m, "RuntimeOptions", doc("winnet::hostprocess::RuntimeOptions"));
    ro.def(py::init([](std::uint32_t node_cpus, std::string container_id) {
               return hp::RuntimeOptions{node_cpus, std::move(container_id)};
           }),
           py::kw_only(), py::arg("node_cpus") = 4, py::arg("container_id") = "CONTAINER_ID");
    WINNET_FIELD(ro, RuntimeOptions, node_cpus);
    WINNET_FIELD(ro, RuntimeOptions, container_id);
    ro.def("__repr__", [](const hp::RuntimeOptions& x) {
        return constructor_repr("RuntimeOptions",
                                {WINNET_VALUE(x, node_cpus), WINNET_VALUE(x, container_id)});
    });

    Class<hp::RuntimeView> rv(m, "RuntimeView", doc("winnet::hostprocess::RuntimeView"));
    WINNET_RO(rv, RuntimeView, kind);
    WINNET_RO(rv, RuntimeView, name);
    WINNET_RO(rv, RuntimeView, host_process);
    rv.def_property_readonly(
        "containers", [](const hp::RuntimeView& x) { return as_tuple(x.containers); },
        doc("winnet::hostprocess::RuntimeView::containers"));
    rv.def_property_readonly(
        "notes", [](const hp::RuntimeView& x) { return as_tuple(x.notes); },
        doc("winnet::hostprocess::RuntimeView::notes"));
    WINNET_RO(rv, RuntimeView, options);
#undef WINNET_RO
    rv.def("to_text", &hp::RuntimeView::to_text, doc("winnet::hostprocess::RuntimeView::to_text"))
        .def("__str__", &hp::RuntimeView::to_text)
        .def("__repr__", [](const hp::RuntimeView& x) {
            return "<RuntimeView " + hp::kind_name(x.kind) + " " + x.name + ": " +
                   std::to_string(x.containers.size()) + " HostProcess containers>";
        });
    m.def("explain", &hp::explain, py::arg("workload"),
          py::arg_v("options", hp::RuntimeOptions{}, "RuntimeOptions()"),
          doc("winnet::hostprocess::explain"));
}

#undef WINNET_FIELD
#undef WINNET_LIST
#undef WINNET_VALUE

} // namespace

void bind_hostprocess(py::module_& m) {
    bind_enums(m);
    bind_security(m);
    bind_model(m);
    bind_checks(m);
    bind_runtime(m);
}

} // namespace winnet::python
