#include <winnet/hostprocess/workload.hpp>

namespace winnet::hostprocess {

std::string kind_name(WorkloadKind kind) {
    switch (kind) {
    case WorkloadKind::Pod:
        return "Pod";
    case WorkloadKind::Deployment:
        return "Deployment";
    case WorkloadKind::DaemonSet:
        return "DaemonSet";
    case WorkloadKind::StatefulSet:
        return "StatefulSet";
    case WorkloadKind::ReplicaSet:
        return "ReplicaSet";
    case WorkloadKind::Job:
        return "Job";
    case WorkloadKind::CronJob:
        return "CronJob";
    }
    return "Pod";
}

// Where ValidatePodTemplateSpec is called from: the workload validators pass
// fldPath.Child("template") below "spec" (apps and batch validation), and the CronJob's
// validateJobTemplateSpec adds "jobTemplate.spec".
std::string Workload::spec_path() const {
    switch (kind) {
    case WorkloadKind::Pod:
        return "spec";
    case WorkloadKind::CronJob:
        return "spec.jobTemplate.spec.template.spec";
    default:
        return "spec.template.spec";
    }
}

std::string Workload::resource() const {
    switch (kind) {
    case WorkloadKind::Pod:
        return "pod";
    case WorkloadKind::Deployment:
        return "deployment.apps";
    case WorkloadKind::DaemonSet:
        return "daemonset.apps";
    case WorkloadKind::StatefulSet:
        return "statefulset.apps";
    case WorkloadKind::ReplicaSet:
        return "replicaset.apps";
    case WorkloadKind::Job:
        return "job.batch";
    case WorkloadKind::CronJob:
        return "cronjob.batch";
    }
    return "pod";
}

} // namespace winnet::hostprocess
