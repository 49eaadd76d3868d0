/** A plan Excel would refuse, found before anything was written. */
export class PlanRejected extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`工作表名称不被 Excel 接受，未写入任何内容 / Excel would refuse these sheet names; nothing was written: ${problems.join('; ')}`);
    this.name = 'PlanRejected';
  }
}

/**
 * A workbook whose structure is protected (Review › Protect Workbook), found before anything was
 * written: Excel does not let sheets be added, renamed, hidden or deleted in it.
 */
export class WorkbookProtected extends Error {
  constructor() {
    super('工作簿结构受保护，未写入任何内容 / The workbook structure is protected; nothing was written');
    this.name = 'WorkbookProtected';
  }
}

/** A write that failed part way; `restored` says whether the workbook was put back as it was. */
export class WriteFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly restored: boolean,
  ) {
    const outcome = restored
      ? '写入失败，工作簿保持原样 / The write failed; the workbook is as it was'
      : '写入失败，工作簿可能只写入了一部分 / The write failed; the workbook may be partly written';
    super(`${outcome}: ${String((cause as Error)?.message ?? cause)}`);
    this.name = 'WriteFailed';
  }
}
