import {
  unknownEnumValue, type ApplicationStage, type CorrectableField, type MaterialKind, type RegistryRequestStatus,
  type RegistryRequestType, type TicketCategory, type TicketStatus,
} from "../../typescript/src/index.js";

// Each switch names every value the generated enum has today; a value added to openapi.json later stops the compile
// until it is labelled here, and one this build never saw is shown as the API sent it (the default branch).

export function stageLabel(stage: ApplicationStage): string {
  switch (stage) {
    case "unit-review": return "单位审核";
    case "hrss-review": return "人社审核";
    case "publicity": return "公示";
    case "objection-review": return "异议复核";
    case "awaiting-card": return "待发卡";
    case "card-issuing": return "发卡中";
    case "card-issued": return "已发卡";
    case "psb-synced": return "公安已同步";
    case "psb-reconciliation": return "公安对账";
    case "rejected": return "不予通过";
    case "withdrawn": return "已撤回";
    case "returned": return "退回补正";
    case "closed": return "运维关闭";
    default: return unknownEnumValue(stage);
  }
}

export function ticketStatusLabel(status: TicketStatus): string {
  switch (status) {
    case "open": return "处理中";
    case "answered": return "已答复";
    case "closed": return "已关闭";
    default: return unknownEnumValue(status);
  }
}

export function ticketCategoryLabel(category: TicketCategory): string {
  switch (category) {
    case "cannot-download-card": return "无法下载入户卡";
    case "psb-check-fails": return "公安核验不通过";
    case "registry": return "单位、院校或专业信息";
    case "application": return "申请办理";
    case "other": return "其他";
    default: return unknownEnumValue(category);
  }
}

export function correctableFieldLabel(field: CorrectableField): string {
  switch (field) {
    case "applicant.name": return "姓名";
    case "applicant.phone": return "手机号码";
    case "education.schoolId": return "毕业院校";
    case "education.majorId": return "专业";
    case "education.degree": return "学位";
    case "education.graduationDate": return "毕业时间";
    case "education.certificateNo": return "学位证书编号";
    default: return unknownEnumValue(field);
  }
}

export function materialLabel(material: MaterialKind): string {
  switch (material) {
    case "degreeCertificate": return "学位证书";
    case "graduationCertificate": return "毕业证书";
    case "laborContract": return "劳动合同";
    case "other": return "其他材料";
    default: return unknownEnumValue(material);
  }
}

export function registryStatusLabel(status: RegistryRequestStatus): string {
  switch (status) {
    case "pending": return "待审批";
    case "approved": return "已通过";
    case "rejected": return "已驳回";
    default: return unknownEnumValue(status);
  }
}

export function registryTypeLabel(type: RegistryRequestType): string {
  switch (type) {
    case "employer-add": return "新增单位";
    case "employer-modify": return "修改单位信息";
    case "school": return "新增院校";
    case "major": return "新增专业";
    case "unit-admin": return "单位管理员权限";
    default: return unknownEnumValue(type);
  }
}
