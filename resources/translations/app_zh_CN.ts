<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Internal Customer Service System&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;内部客户服务体系&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1&lt;br&gt;Backups: %2 (a copy on the first start of each day; the last 14 are kept)</source>
        <translation>数据库：%1&lt;br&gt;备份：%2（每天首次启动时自动备份一份，保留最近 14 份）</translation>
    </message>
    <message>
        <source>Built with these open-source components:</source>
        <translation>本程序使用了以下开源组件：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>AssignmentTable</name>
    <message>
        <source>All plans</source>
        <translation>全部计划</translation>
    </message>
    <message>
        <source>Show the assignments of every plan</source>
        <translation>显示所有计划的安排</translation>
    </message>
</context>
<context>
    <name>BreakdownDialog</name>
    <message>
        <source>Break down to posts</source>
        <translation>分解到岗位</translation>
    </message>
    <message>
        <source>%1 holds “%2” (%3). Choose the posts that take it on:</source>
        <translation>%1 承担“%2”（%3）。请选择承接该事项的岗位：</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>现为：%1</translation>
    </message>
    <message>
        <source>Role of the posts:</source>
        <translation>岗位的角色：</translation>
    </message>
</context>
<context>
    <name>CarryOverPanel</name>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位及责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note progress…</source>
        <translation>记录进展…</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished item(s) from earlier meetings of this type, to review:</source>
        <translation>
            <numerusform>本类会议以往有 %n 项督办事项尚未办结，请逐项听取进展：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is carried over from earlier meetings.</source>
        <translation>以往会议没有遗留的督办事项。</translation>
    </message>
    <message>
        <source>Note progress</source>
        <translation>记录进展</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>职责事项</translation>
    </message>
    <message>
        <source>What</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Unit or post</source>
        <translation>单位或岗位</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Changed since:</source>
        <translation>变更起始日期：</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Work item added</source>
        <translation>新增职责事项</translation>
    </message>
    <message>
        <source>Work item removed</source>
        <translation>删除职责事项</translation>
    </message>
    <message>
        <source>Work item changed</source>
        <translation>修改职责事项</translation>
    </message>
    <message>
        <source>Unit role added</source>
        <translation>新增单位角色</translation>
    </message>
    <message>
        <source>Unit role removed</source>
        <translation>取消单位角色</translation>
    </message>
    <message>
        <source>Unit role changed</source>
        <translation>调整单位角色</translation>
    </message>
    <message>
        <source>Post role added</source>
        <translation>新增岗位角色</translation>
    </message>
    <message>
        <source>Post role removed</source>
        <translation>取消岗位角色</translation>
    </message>
    <message>
        <source>Post role changed</source>
        <translation>调整岗位角色</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>移动行</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Position history</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <source>Unit duty</source>
        <translation>单位职责</translation>
    </message>
    <message>
        <source>Post duty</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <source>Explained finding</source>
        <translation>已说明的发现</translation>
    </message>
    <message>
        <source>Disputed item</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装点</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新单位</translation>
    </message>
    <message>
        <source>A unit can&apos;t be placed under itself or one of its own sub-units.</source>
        <translation>单位不能放在自身或其下级单位之下。</translation>
    </message>
    <message>
        <source>Can&apos;t delete: the unit still has {units} sub-units and {positions} positions. Move or delete them first.</source>
        <translation>无法删除：该单位还有 {units} 个下级单位和 {positions} 个岗位，请先移走或删除。</translation>
    </message>
    <message>
        <source>Choose a business line, not another kind of unit.</source>
        <translation>请选择条线，不能选择其他类型的单位。</translation>
    </message>
    <message>
        <source>New work item</source>
        <translation>新职责事项</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>服务价值</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <source>Target (working days)</source>
        <translation>目标时限（工作日）</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>服务承诺</translation>
    </message>
    <message>
        <source>Review cycle</source>
        <translation>评审周期</translation>
    </message>
    <message>
        <source>New service item</source>
        <translation>新服务事项</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Provider post</source>
        <translation>提供岗位</translation>
    </message>
    <message>
        <source>Provider unit</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Customer post</source>
        <translation>客户岗位</translation>
    </message>
    <message>
        <source>Customer unit</source>
        <translation>客户单位</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>新流程</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤数</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Owner unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Owner post</source>
        <translation>责任岗位</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>主责单位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>职责事项</translation>
    </message>
    <message>
        <source>What is disputed</source>
        <translation>争议内容</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>协调人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>协调结论</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The minutes of “{meeting}” are approved: reopen them to change them.</source>
        <translation>“{meeting}”的会议纪要已审定，如需修改请先重新打开。</translation>
    </message>
    <message>
        <source>The meeting “{meeting}” was deleted.</source>
        <translation>会议“{meeting}”已删除。</translation>
    </message>
    <message>
        <source>“{meeting}” has {count} action items, which are tracked: delete them first.</source>
        <translation>“{meeting}”有 {count} 项督办事项正在跟踪，请先删除这些事项。</translation>
    </message>
    <message>
        <source>Give the time as HH:MM, e.g. 09:00.</source>
        <translation>时间请按“时:分”填写，如 09:00。</translation>
    </message>
    <message>
        <source>Number {sequence} is already used in these minutes.</source>
        <translation>本次会议纪要中已有序号 {sequence}。</translation>
    </message>
    <message>
        <source>{person} is already among the attendees.</source>
        <translation>{person}已在参会人员中。</translation>
    </message>
    <message>
        <source>{unit} is already invited.</source>
        <translation>{unit}已在受邀单位中。</translation>
    </message>
    <message>
        <source>New meeting type</source>
        <translation>新会议类型</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复周期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>未办结督办事项</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>会议概要</translation>
    </message>
    <message>
        <source>Times reopened</source>
        <translation>重新打开次数</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Invited unit</source>
        <translation>受邀单位</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论情况</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>新议题</translation>
    </message>
    <message>
        <source>Decided matter</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>新议定事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>新督办事项</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>督办会议</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Status set</source>
        <translation>设定状态</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>主责</translation>
    </message>
    <message>
        <source>Approves</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Cooperates</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Is informed</source>
        <translation>知会</translation>
    </message>
    <message>
        <source>Unit customers</source>
        <translation>组织客户</translation>
    </message>
    <message>
        <source>Post customers</source>
        <translation>岗位客户</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Five ways of thinking</source>
        <translation>五大思维</translation>
    </message>
    <message>
        <source>Service capability model</source>
        <translation>服务能力模型</translation>
    </message>
    <message>
        <source>Code of conduct</source>
        <translation>行为准则</translation>
    </message>
    <message>
        <source>Commitment agreed</source>
        <translation>已有服务承诺</translation>
    </message>
    <message>
        <source>Commitment missing</source>
        <translation>缺少服务承诺</translation>
    </message>
    <message>
        <source>Draft only</source>
        <translation>仅有草稿</translation>
    </message>
    <message>
        <source>Relations inside a unit</source>
        <translation>单位内部的服务关系</translation>
    </message>
    <message>
        <source>Inactive unit</source>
        <translation>已停用单位</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>待审定</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Vacuum</source>
        <translation>真空</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缝隙</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>孤立</translation>
    </message>
    <message>
        <source>Handoff without commitment</source>
        <translation>交接无承诺</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>新岗位</translation>
    </message>
    <message>
        <source>Can&apos;t delete: {n} staff still hold this position. Move them first.</source>
        <translation>无法删除：仍有 {n} 名员工在此岗位，请先调整其岗位。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>定员</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新员工</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>干部</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Business line</source>
        <translation>条线</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Supply station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>General</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>{column} can&apos;t be edited here.</source>
        <translation>{column}不能在此修改。</translation>
    </message>
    <message>
        <source>This row was changed elsewhere; reload and try again.</source>
        <translation>该行已在别处被修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>Nothing was restored. {problem}</source>
        <translation>未恢复任何行。{problem}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{column} is required.</source>
        <translation>{column}不能为空。</translation>
    </message>
    <message>
        <source>{column} may be at most {n} characters long.</source>
        <translation>{column}最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>{column} “{value}” is already used.</source>
        <translation>{column}“{value}”已被使用。</translation>
    </message>
    <message>
        <source>{column} must be a whole number.</source>
        <translation>{column}必须是整数。</translation>
    </message>
    <message>
        <source>{column} must be between {low} and {high}.</source>
        <translation>{column}必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <source>{column} must be yes or no.</source>
        <translation>{column}只能填“是”或“否”。</translation>
    </message>
    <message>
        <source>{column}: “{value}” is not one of {allowed}.</source>
        <translation>{column}：“{value}”不是以下取值之一：{allowed}。</translation>
    </message>
    <message>
        <source>{unit} unit relations and {position} post relations exported.</source>
        <translation>已导出 {unit} 条组织服务关系和 {position} 条岗位服务关系。</translation>
    </message>
    <message>
        <source>Unit relations: {ui} added, {uu} changed. Post relations: {pi} added, {pu} changed.</source>
        <translation>组织服务关系：新增 {ui} 条，修改 {uu} 条。岗位服务关系：新增 {pi} 条，修改 {pu} 条。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) or is damaged. An older .xls file must first be saved as .xlsx in Excel or WPS.</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）或已损坏。旧版 .xls 文件请先在 Excel 或 WPS 中另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file can&apos;t be opened: it doesn&apos;t exist or can&apos;t be read.</source>
        <translation>无法打开文件：文件不存在或无法读取。</translation>
    </message>
    <message>
        <source>{relation} Its first row is {first}.</source>
        <translation>{relation}首次出现在第 {first} 行。</translation>
    </message>
    <message>
        <source>No post is called “{value}” (write it as “post · unit”, or give its code).</source>
        <translation>没有名为“{value}”的岗位（请写成“岗位 · 单位”，或填写岗位编码）。</translation>
    </message>
    <message>
        <source>The workbook has neither the sheet “{first}” nor “{second}”.</source>
        <translation>工作簿中既没有“{first}”工作表，也没有“{second}”工作表。</translation>
    </message>
    <message>
        <source>{column}: “{value}” is not a valid date (e.g. 2024-03-05).</source>
        <translation>{column}：“{value}”不是有效日期（例如 2024-03-05）。</translation>
    </message>
    <message>
        <source>{column}: “{value}” is not one of the allowed values.</source>
        <translation>{column}：“{value}”不是允许的取值。</translation>
    </message>
    <message>
        <source>{column}: the chosen record does not exist or was deleted.</source>
        <translation>{column}：所选记录不存在或已被删除。</translation>
    </message>
    <message>
        <source>{column}: “{value}” matches several records; use the code.</source>
        <translation>{column}：“{value}”对应多条记录，请填写编码。</translation>
    </message>
    <message>
        <source>{column}: nothing called “{value}” exists.</source>
        <translation>{column}：不存在名为“{value}”的记录。</translation>
    </message>
    <message>
        <source>{units} units, {positions} positions and {staff} staff exported.</source>
        <translation>已导出 {units} 个单位、{positions} 个岗位、{staff} 名员工。</translation>
    </message>
    <message>
        <source>Units: {ui} added, {uu} changed. Positions: {pi} added, {pu} changed. Staff: {si} added, {su} changed.</source>
        <translation>单位：新增 {ui} 个，修改 {uu} 个。岗位：新增 {pi} 个，修改 {pu} 个。员工：新增 {si} 名，修改 {su} 名。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is missing.</source>
        <translation>缺少工作表“{sheet}”。</translation>
    </message>
    <message>
        <source>The column “{column}” appears more than once.</source>
        <translation>列“{column}”出现了不止一次。</translation>
    </message>
    <message>
        <source>{items} work items and {units} units exported.</source>
        <translation>已导出 {items} 项职责事项、{units} 个单位。</translation>
    </message>
    <message>
        <source>Work items: {added} added, {renamed} renamed. Matrix cells: {cells} changed.</source>
        <translation>职责事项：新增 {added} 项，改名 {renamed} 项。责任矩阵：修改 {cells} 格。</translation>
    </message>
    <message>
        <source>The required column “{column}” is missing.</source>
        <translation>缺少必需的列“{column}”。</translation>
    </message>
    <message>
        <source>This column has roles but no unit in its header.</source>
        <translation>该列填有角色，但表头没有单位。</translation>
    </message>
    <message>
        <source>No unit has the code “{value}”.</source>
        <translation>没有编码为“{value}”的单位。</translation>
    </message>
    <message>
        <source>No post has the code “{value}”.</source>
        <translation>没有编码为“{value}”的岗位。</translation>
    </message>
    <message>
        <source>Several records are called “{value}”; give the code in {column}.</source>
        <translation>有多条记录名为“{value}”，请在{column}中填写编码。</translation>
    </message>
    <message>
        <source>No unit is called “{value}”.</source>
        <translation>没有名为“{value}”的单位。</translation>
    </message>
    <message>
        <source>Several units are called “{value}”; put the unit&apos;s code in row 2.</source>
        <translation>有多个单位名为“{value}”，请在第 2 行填写单位编码。</translation>
    </message>
    <message>
        <source>This unit already has the column {column}.</source>
        <translation>该单位已有一列：{column}。</translation>
    </message>
    <message>
        <source>{column} “{value}” appears more than once in this sheet (first on row {first}).</source>
        <translation>{column}“{value}”在本表中重复出现（首次出现在第 {first} 行）。</translation>
    </message>
    <message>
        <source>{column} “{value}” belongs to a deleted record; restore that record or use another code.</source>
        <translation>{column}“{value}”属于一条已删除的记录；请恢复该记录或改用其他编码。</translation>
    </message>
    <message>
        <source>{column}: no unit has the code “{value}”, neither in this file nor in the database.</source>
        <translation>{column}：文件和数据库中都没有编码为“{value}”的单位。</translation>
    </message>
    <message>
        <source>{column}: no position has the code “{value}”, neither in this file nor in the database.</source>
        <translation>{column}：文件和数据库中都没有编码为“{value}”的岗位。</translation>
    </message>
    <message>
        <source>A unit of kind “{kind}” can&apos;t be placed under one of kind “{parent_kind}”.</source>
        <translation>类型为“{kind}”的单位不能隶属于类型为“{parent_kind}”的单位。</translation>
    </message>
    <message>
        <source>The parent units form a loop: {path}.</source>
        <translation>上级单位形成了循环：{path}。</translation>
    </message>
    <message>
        <source>The sub-unit “{code}” of kind “{child_kind}” can&apos;t be placed under a unit of kind “{kind}”.</source>
        <translation>下级单位“{code}”（{child_kind}）不能隶属于类型为“{kind}”的单位。</translation>
    </message>
    <message>
        <source>The database is empty: this program has not set it up yet.</source>
        <translation>数据库为空：本程序尚未建立数据结构。</translation>
    </message>
    <message>
        <source>This is a SQLite database of another program.</source>
        <translation>这是其他程序的 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Units ({kind})</source>
        <translation>单位（{kind}）</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Change log entries</source>
        <translation>变更记录条数</translation>
    </message>
    <message>
        <source>Integrity check: {detail}</source>
        <translation>完整性检查：{detail}</translation>
    </message>
    <message>
        <source>{count} rows of {table} refer to missing rows of {parent}.</source>
        <translation>{table} 中有 {count} 行引用了 {parent} 中不存在的行。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of this program (schema {revision}).</source>
        <translation>该数据库由本程序的较新版本写入（数据结构版本 {revision}）。</translation>
    </message>
    <message>
        <source>The database has an older schema ({revision}; this program: {head}). It is upgraded when this program opens it.</source>
        <translation>数据库的数据结构较旧（{revision}；本程序：{head}），本程序打开时会自动升级。</translation>
    </message>
    <message>
        <source>Part of the summary could not be read: {error}</source>
        <translation>部分概况无法读取：{error}</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}：文件不存在。</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database.</source>
        <translation>{path} 不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Schema revision</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>In “{process}”, {provider} hands over to {customer} without a service commitment.</source>
        <translation>在“{process}”中，{provider}向{customer}交接，但没有服务承诺。</translation>
    </message>
    <message>
        <source>Nobody owns “{item}”.</source>
        <translation>“{item}”没有主责单位。</translation>
    </message>
    <message>
        <source>“{item}” is owned only by inactive units: {units}.</source>
        <translation>“{item}”的主责单位均已停用：{units}。</translation>
    </message>
    <message>
        <source>{count} units own “{item}”: {units}.</source>
        <translation>“{item}”有 {count} 个主责单位：{units}。</translation>
    </message>
    <message>
        <source>In {unit}, {count} posts own “{item}”: {posts}.</source>
        <translation>{unit}内有 {count} 个岗位主责“{item}”：{posts}。</translation>
    </message>
    <message>
        <source>{unit} owns “{item}”, but no post in it has this duty.</source>
        <translation>{unit}主责“{item}”，但没有岗位承担该职责。</translation>
    </message>
    <message>
        <source>{unit} owns “{item}”, but its posts only approve, cooperate or are informed.</source>
        <translation>{unit}主责“{item}”，但其岗位只有审批、配合或知会。</translation>
    </message>
    <message>
        <source>The post {post} of {unit} has no duties.</source>
        <translation>{unit}的{post}岗位没有任何职责。</translation>
    </message>
    <message>
        <source>{unit} is no longer active but still holds duties on: {items}.</source>
        <translation>{unit}已停用，但仍承担以下事项的职责：{items}。</translation>
    </message>
    <message>
        <source>The post {post} of {unit} is vacant but holds duties on: {items}.</source>
        <translation>{unit}的{post}岗位空缺，但承担以下事项的职责：{items}。</translation>
    </message>
    <message>
        <source>“{value}” is not a role: use R, A, C or I (主, 审, 配, 知).</source>
        <translation>“{value}”不是角色：请填 R、A、C 或 I（主、审、配、知）。</translation>
    </message>
    <message>
        <source>The work item does not exist or was deleted.</source>
        <translation>该职责事项不存在或已删除。</translation>
    </message>
    <message>
        <source>“{item}” is retired; its duties can&apos;t be changed.</source>
        <translation>“{item}”已停用，不能修改其职责。</translation>
    </message>
    <message>
        <source>The unit does not exist or was deleted.</source>
        <translation>该单位不存在或已删除。</translation>
    </message>
    <message>
        <source>The post does not exist or was deleted.</source>
        <translation>该岗位不存在或已删除。</translation>
    </message>
    <message>
        <source>This cell was changed elsewhere; reload and try again.</source>
        <translation>该单元格已在别处被修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>The post “{post}” is not a post of {unit} or of its sub-units.</source>
        <translation>“{post}”不是{unit}或其下属单位的岗位。</translation>
    </message>
    <message>
        <source>{unit} holds no duty on “{item}”; set the unit&apos;s role first.</source>
        <translation>{unit}在“{item}”上没有职责，请先设置该单位的角色。</translation>
    </message>
    <message>
        <source>Work items</source>
        <translation>职责事项</translation>
    </message>
    <message>
        <source>Grey areas ({kind})</source>
        <translation>灰色地带（{kind}）</translation>
    </message>
    <message>
        <source>Grey areas explained</source>
        <translation>已说明的灰色地带</translation>
    </message>
    <message>
        <source>The map already has a relation from {provider} to {customer}.</source>
        <translation>客户地图中已有{provider}到{customer}的服务关系。</translation>
    </message>
    <message>
        <source>Unit service relation</source>
        <translation>组织服务关系</translation>
    </message>
    <message>
        <source>Post service relation</source>
        <translation>岗位服务关系</translation>
    </message>
    <message>
        <source>Business process</source>
        <translation>业务流程</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>流程步骤</translation>
    </message>
    <message>
        <source>Handbook text</source>
        <translation>手册文本</translation>
    </message>
    <message>
        <source>A unit can&apos;t be its own internal customer: choose another unit.</source>
        <translation>单位不能是自己的内部客户，请选择其他单位。</translation>
    </message>
    <message>
        <source>A post can&apos;t be its own internal customer: choose another post.</source>
        <translation>岗位不能是自己的内部客户，请选择其他岗位。</translation>
    </message>
    <message>
        <source>{provider} already provides “{item}” to {customer}.</source>
        <translation>{provider}已向{customer}提供“{item}”。</translation>
    </message>
    <message>
        <source>“{value}” is a post: unit customers link units.</source>
        <translation>“{value}”是岗位：组织客户只能关联单位。</translation>
    </message>
    <message>
        <source>“{value}” is a unit: post customers link posts.</source>
        <translation>“{value}”是单位：岗位客户只能关联岗位。</translation>
    </message>
    <message>
        <source>Choose the provider and the customer before making the relation active.</source>
        <translation>请先选择提供方和客户，再将服务关系设为生效。</translation>
    </message>
    <message>
        <source>The post {post} is not in {unit}: clear the post or choose its unit.</source>
        <translation>岗位{post}不属于{unit}：请清空岗位或选择其所在单位。</translation>
    </message>
    <message>
        <source>This process already has a step {sequence}.</source>
        <translation>该流程已有第 {sequence} 步。</translation>
    </message>
    <message>
        <source>The deleted step “{name}” was step {sequence} of {process}, which now has another step {sequence}.</source>
        <translation>已删除的步骤“{name}”原是“{process}”的第 {sequence} 步，而该流程现在已有另一个第 {sequence} 步。</translation>
    </message>
    <message>
        <source>Service relations (unit level)</source>
        <translation>服务关系（组织层级）</translation>
    </message>
    <message>
        <source>Service relations (post level)</source>
        <translation>服务关系（岗位层级）</translation>
    </message>
    <message>
        <source>Business processes</source>
        <translation>业务流程</translation>
    </message>
    <message>
        <source>Handoffs without commitment</source>
        <translation>无承诺的交接</translation>
    </message>
    <message>
        <source>A plan can&apos;t end before it starts.</source>
        <translation>计划的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Minimum staffing is set for supply stations: {unit} is not one.</source>
        <translation>最低在岗人数只能为供电所设置：{unit}不是供电所。</translation>
    </message>
    <message>
        <source>{unit} already has a minimum for {category} staff.</source>
        <translation>{unit}已设置{category}人员的最低在岗人数。</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新计划</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Units in scope</source>
        <translation>覆盖单位</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>安排人次</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Evaluation method</source>
        <translation>评价方式</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Open findings at approval</source>
        <translation>批准时未解决的问题数</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>From post</source>
        <translation>原岗位</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>原单位</translation>
    </message>
    <message>
        <source>To unit</source>
        <translation>去往单位</translation>
    </message>
    <message>
        <source>To post</source>
        <translation>去往岗位</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评价得分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Minimum present</source>
        <translation>最低在岗人数</translation>
    </message>
    <message>
        <source>Staff now</source>
        <translation>现有人数</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>轮岗</translation>
    </message>
    <message>
        <source>Rotation experience</source>
        <translation>轮岗体验</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>交流</translation>
    </message>
    <message>
        <source>Stationing</source>
        <translation>蹲点</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Weekly coordination meeting</source>
        <translation>周调会</translation>
    </message>
    <message>
        <source>Production coordination meeting</source>
        <translation>生产协调会</translation>
    </message>
    <message>
        <source>Monthly work meeting</source>
        <translation>月度工作例会</translation>
    </message>
    <message>
        <source>Department symposium</source>
        <translation>部门工作恳谈会</translation>
    </message>
    <message>
        <source>Cross-department meeting</source>
        <translation>跨部门协同会</translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation>其他会议</translation>
    </message>
    <message>
        <source>Not recurring</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已召开</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>纪要已审定</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Improvement item</source>
        <translation>改进事项</translation>
    </message>
    <message>
        <source>{person} is in two assignments at once ({days}): “{plan_a}” ({period_a}) and “{plan_b}” ({period_b}).</source>
        <translation>{person}同时处于两项安排（{days}）：“{plan_a}”（{period_a}）和“{plan_b}”（{period_b}）。</translation>
    </message>
    <message>
        <source>An assignment in “{plan}” has no staff member yet; the checks leave it out.</source>
        <translation>“{plan}”中有一项安排尚未选定人员，检查时暂不计入。</translation>
    </message>
    <message>
        <source>{person}&apos;s assignment in “{plan}” has no start or end date yet; the checks leave it out.</source>
        <translation>{person}在“{plan}”中的安排尚无开始或结束日期，检查时暂不计入。</translation>
    </message>
    <message>
        <source>{person}&apos;s assignment in “{plan}” ends ({end}) before it starts ({start}).</source>
        <translation>{person}在“{plan}”中的安排结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>{person}&apos;s assignment ({period}) lies outside the period of “{plan}” ({plan_period}).</source>
        <translation>{person}的安排（{period}）超出“{plan}”的计划期（{plan_period}）。</translation>
    </message>
    <message>
        <source>No one is stationed at {station} in {quarter}, which “{plan}” covers.</source>
        <translation>{quarter}无人到{station}蹲点（属“{plan}”覆盖范围）。</translation>
    </message>
    <message>
        <source>{year} Q{quarter}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>{person} has held the post {post} ({unit}) since {since}: more than {years} years.</source>
        <translation>{person}自{since}起在{unit}任{post}，已超过{years}年。</translation>
    </message>
    <message>
        <source>Overlapping assignments</source>
        <translation>安排时间重叠</translation>
    </message>
    <message>
        <source>Outside the plan period</source>
        <translation>超出计划期</translation>
    </message>
    <message>
        <source>Below minimum staffing</source>
        <translation>低于最低在岗人数</translation>
    </message>
    <message>
        <source>No stationing in a quarter</source>
        <translation>季度内无人蹲点</translation>
    </message>
    <message>
        <source>Rotation candidate</source>
        <translation>轮岗候选人</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}至{last}</translation>
    </message>
    <message>
        <source>{station} has as few as {lowest} {category} staff present ({days}); the minimum is {minimum}. Away: {away}.</source>
        <translation>{station}在岗{category}人员最少仅{lowest}人（{days}），最低在岗人数为{minimum}人。外出：{away}。</translation>
    </message>
    <message>
        <source>nobody (too few of its posts are filled)</source>
        <translation>无（该所岗位在岗人员本就不足）</translation>
    </message>
    <message>
        <source>Rotation plans</source>
        <translation>轮岗蹲点计划</translation>
    </message>
    <message>
        <source>Rotation assignments</source>
        <translation>轮岗蹲点安排</translation>
    </message>
    <message>
        <source>Rotation findings ({kind})</source>
        <translation>轮岗蹲点检查（{kind}）</translation>
    </message>
    <message>
        <source>No plan has the code “{value}”.</source>
        <translation>没有编码为“{value}”的计划。</translation>
    </message>
    <message>
        <source>No staff member has the employee no. “{value}”.</source>
        <translation>没有工号为“{value}”的员工。</translation>
    </message>
    <message>
        <source>The same plan, employee no. and start date are on row {first} already.</source>
        <translation>第 {first} 行已有相同的计划编码、工号和开始日期。</translation>
    </message>
    <message>
        <source>{n} assignments exported.</source>
        <translation>已导出 {n} 条轮岗蹲点安排。</translation>
    </message>
    <message>
        <source>Assignments: {added} added, {changed} changed.</source>
        <translation>轮岗蹲点安排：新增 {added} 条，修改 {changed} 条。</translation>
    </message>
    <message>
        <source>The last day comes before the first meeting.</source>
        <translation>截止日期早于第一次会议日期。</translation>
    </message>
    <message>
        <source>That would plan more than {max} meetings: choose a shorter period.</source>
        <translation>将安排超过 {max} 次会议，请缩短时间范围。</translation>
    </message>
    <message>
        <source>Only the minutes of a meeting that was held can be approved.</source>
        <translation>只有已召开会议的纪要才能审定。</translation>
    </message>
    <message>
        <source>The minutes of “{meeting}” are not approved: there is nothing to reopen.</source>
        <translation>“{meeting}”的会议纪要尚未审定，无需重新打开。</translation>
    </message>
    <message>
        <source>Write what was reported, or choose a status.</source>
        <translation>请填写汇报的进展，或选择状态。</translation>
    </message>
    <message>
        <source>{unit} gave no opinion to turn into an item.</source>
        <translation>{unit}未提出意见，无法转为改进事项。</translation>
    </message>
    <message>
        <source>The opinion of {unit} is already the improvement item “{item}”.</source>
        <translation>{unit}的意见已转为改进事项“{item}”。</translation>
    </message>
    <message>
        <source>There is no meeting {id} (it may have been deleted).</source>
        <translation>没有编号为 {id} 的会议（可能已被删除）。</translation>
    </message>
    <message>
        <source>No meeting has been held yet.</source>
        <translation>还没有已召开的会议。</translation>
    </message>
    <message>
        <source>Minutes can be written as .pdf or .docx, not “{name}”.</source>
        <translation>会议纪要只能保存为 .pdf 或 .docx 文件，不能保存为“{name}”。</translation>
    </message>
    <message>
        <source>Minutes of “{title}” written to {file}.</source>
        <translation>“{title}”的会议纪要已保存到 {file}。</translation>
    </message>
    <message>
        <source>Meetings planned or held</source>
        <translation>已安排或已召开的会议</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>督办事项数</translation>
    </message>
    <message>
        <source>Action items open or in progress</source>
        <translation>未办结督办事项</translation>
    </message>
    <message>
        <source>Action items overdue</source>
        <translation>逾期督办事项</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Progress noted on</source>
        <translation>进展日期</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found for the PDF. Install WenQuanYi Micro Hei (Debian/Ubuntu package fonts-wqy-microhei) and try again.</source>
        <translation>未找到可用于 PDF 的中文 TrueType 字体。请安装文泉驿微米黑（Debian/Ubuntu 软件包 fonts-wqy-microhei）后重试。</translation>
    </message>
    <message>
        <source>Edition {number} published: {pages} pages written to {file}.</source>
        <translation>第 {number} 版已发布：共 {pages} 页，已写入 {file}。</translation>
    </message>
    <message>
        <source>Draft of edition {number}: {pages} pages written to {file}.</source>
        <translation>第 {number} 版草稿：共 {pages} 页，已写入 {file}。</translation>
    </message>
    <message>
        <source>The five ways of thinking</source>
        <translation>内部服务的五大思维</translation>
    </message>
    <message>
        <source>Organisation and duty boundaries</source>
        <translation>组织机构与职责边界</translation>
    </message>
    <message>
        <source>Internal customer map and service cards</source>
        <translation>内部客户地图与服务卡</translation>
    </message>
    <message>
        <source>Service capability model and code of conduct</source>
        <translation>服务能力模型与行为准则</translation>
    </message>
    <message>
        <source>Coordination: meetings, rotation and stationing</source>
        <translation>协同机制：会议、轮岗与蹲点</translation>
    </message>
    <message>
        <source>Appendix: changes since the previous edition</source>
        <translation>附录：本版变更</translation>
    </message>
    <message>
        <source>There is no unit with code “{code}”.</source>
        <translation>没有编码为“{code}”的单位。</translation>
    </message>
    <message>
        <source>Edition {number} was published elsewhere while this one was being built. Nothing was recorded; build the handbook again.</source>
        <translation>生成期间，第 {number} 版已在别处发布。本次未作记录，请重新生成手册。</translation>
    </message>
    <message>
        <source>Open action items by responsible unit</source>
        <translation>各责任单位未完成督办事项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open, not overdue</source>
        <translation>未完成、未逾期</translation>
    </message>
    <message>
        <source>No responsible unit</source>
        <translation>无责任单位</translation>
    </message>
    <message>
        <source>Action items open or in progress on {day}; overdue: due before that day.</source>
        <translation>截至{day}未开始或进行中的督办事项；逾期：完成时限早于该日。</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>Open grey areas by unit</source>
        <translation>各单位未说明的灰色地带</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无主责单位</translation>
    </message>
    <message>
        <source>Findings not explained yet. A finding counts for every unit it concerns; work that no active unit owns (vacuum) is under “No owner”.</source>
        <translation>尚未说明的问题。一项问题计入其涉及的每个单位；没有在用单位主责的事项（真空）计入“无主责单位”。</translation>
    </message>
    <message>
        <source>Stationing coverage by supply station, {year}</source>
        <translation>{year}年各供电所蹲点覆盖情况</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度数</translation>
    </message>
    <message>
        <source>Quarters stationed to date</source>
        <translation>已蹲点季度</translation>
    </message>
    <message>
        <source>Quarters planned</source>
        <translation>已计划季度</translation>
    </message>
    <message>
        <source>A quarter counts when someone of a stationing plan is at the station or one of its teams on at least one of its days; to date: up to {day}.</source>
        <translation>季度内至少有一天有蹲点人员在该所或其班组即计为覆盖；已蹲点：截至{day}。</translation>
    </message>
</context>
<context>
    <name>CustomerMapOperations</name>
    <message>
        <source>Exporting the relations to %1…</source>
        <translation>正在把服务关系导出到 %1…</translation>
    </message>
</context>
<context>
    <name>CustomerMapPage</name>
    <message>
        <source>Map and relations</source>
        <translation>地图与服务关系</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>业务流程</translation>
    </message>
    <message>
        <source>Service cards</source>
        <translation>服务卡</translation>
    </message>
    <message>
        <source>Handbook texts</source>
        <translation>手册文本</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0); zoom with the mouse wheel, drag to pan</source>
        <translation>显示整张地图（Ctrl+0）；滚动鼠标滚轮缩放，拖动平移</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Click a unit to see only its customers and providers, an arrow to select its relations in the table; the wheel zooms, dragging pans. Retired relations are listed but not drawn.</source>
        <translation>单击单位只看它的客户和提供方，单击箭头在右侧表中选中对应的服务关系；滚动滚轮缩放，拖动平移。已停用的服务关系列在表中，但不画在图上。</translation>
    </message>
    <message>
        <source>Export relations…</source>
        <translation>导出服务关系…</translation>
    </message>
    <message>
        <source>Import relations…</source>
        <translation>导入服务关系…</translation>
    </message>
    <message>
        <source>Save the unit and post relations as an Excel workbook (sheets 组织客户 and 岗位客户)</source>
        <translation>把组织和岗位服务关系保存为 Excel 工作簿（工作表“组织客户”和“岗位客户”）</translation>
    </message>
    <message>
        <source>Read relations from Excel: every row is checked first, and a file with problems changes nothing</source>
        <translation>从 Excel 读入服务关系：先逐行检查，文件有问题时不做任何修改</translation>
    </message>
    <message>
        <source>Save the map as PNG</source>
        <translation>把地图保存为 PNG</translation>
    </message>
    <message>
        <source>Map saved to %1</source>
        <translation>地图已保存到 %1</translation>
    </message>
    <message>
        <source>The map could not be saved to %1</source>
        <translation>地图无法保存到 %1</translation>
    </message>
    <message>
        <source>Add relation from a process</source>
        <translation>从流程添加服务关系</translation>
    </message>
    <message>
        <source>Export the relations to Excel</source>
        <translation>把服务关系导出到 Excel</translation>
    </message>
    <message>
        <source>Import relations from Excel</source>
        <translation>从 Excel 导入服务关系</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Position history</source>
        <translation>任职经历</translation>
    </message>
</context>
<context>
    <name>DutiesOperations</name>
    <message>
        <source>Exporting the matrix to %1…</source>
        <translation>正在将责任矩阵导出到 %1…</translation>
    </message>
</context>
<context>
    <name>DutiesPage</name>
    <message>
        <source>Matrix</source>
        <translation>责任矩阵</translation>
    </message>
    <message>
        <source>Work items</source>
        <translation>职责事项</translation>
    </message>
    <message>
        <source>Disputed items</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Export grid…</source>
        <translation>导出矩阵…</translation>
    </message>
    <message>
        <source>Import grid…</source>
        <translation>导入矩阵…</translation>
    </message>
    <message>
        <source>Save the unit matrix shown (its columns and statuses) as an Excel grid</source>
        <translation>将当前显示的单位矩阵（按其列和状态）保存为 Excel 表格</translation>
    </message>
    <message>
        <source>Read an Excel grid back: every cell is checked first, and a file with problems changes nothing</source>
        <translation>从 Excel 表格读回矩阵：先逐格检查，文件有任何问题则不作任何改动</translation>
    </message>
    <message>
        <source>Export the matrix to Excel</source>
        <translation>导出责任矩阵到 Excel</translation>
    </message>
    <message>
        <source>Import the matrix from Excel</source>
        <translation>从 Excel 导入责任矩阵</translation>
    </message>
</context>
<context>
    <name>EditionsList</name>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>Edition %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Chapters: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>最近使用的数据库</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Import organisation from Excel…</source>
        <translation>从 Excel 导入组织与人员…</translation>
    </message>
    <message>
        <source>Export organisation to Excel…</source>
        <translation>导出组织与人员到 Excel…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Installation and operator…</source>
        <translation>安装点与操作人…</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>That file already exists; choose Open to use it.</source>
        <translation>该文件已存在；如要使用，请选择“打开数据库”。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>备份保存在 %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of %1? The current data is kept as a backup first.</source>
        <translation>用 %1 的备份替换当前数据吗？当前数据会先另存为一份备份。</translation>
    </message>
    <message>
        <source>The backup is damaged (%1); nothing was changed.</source>
        <translation>该备份已损坏（%1），未作任何改动。</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>已从备份恢复。</translation>
    </message>
    <message>
        <source>Import organisation from Excel</source>
        <translation>从 Excel 导入组织与人员</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>导入完成：%1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，数据未作任何改动。</translation>
    </message>
    <message>
        <source>Export organisation to Excel</source>
        <translation>导出组织与人员到 Excel</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Show explained</source>
        <translation>显示已说明的</translation>
    </message>
    <message>
        <source>Explain…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>重新列出</translation>
    </message>
    <message>
        <source>Mark the finding as explained, with a note; it stays hidden until its data changes</source>
        <translation>填写说明并标记为已说明；在相关数据变化之前不再列出</translation>
    </message>
    <message>
        <source>Remove the explanation, so the finding is listed again</source>
        <translation>撤销说明，使该问题重新列出</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>分析失败：%1</translation>
    </message>
    <message>
        <source>Grey areas: analysing…</source>
        <translation>灰色地带：正在分析…</translation>
    </message>
    <message>
        <source>Explained (%1)</source>
        <translation>已说明（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Grey areas: %n finding(s)</source>
        <translation>
            <numerusform>灰色地带：%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n explained</source>
        <translation>
            <numerusform>，%n 个已说明</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a finding to select its cells in the matrix (a handoff: its relation on the customer map).</source>
        <translation>双击问题可在矩阵中选中相关单元格（交接无承诺则在内部客户地图中显示相应服务关系）。</translation>
    </message>
    <message>
        <source>Explained: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Explained before the data changed: %1</source>
        <translation>数据变化前的说明：%1</translation>
    </message>
    <message>
        <source>Select in the matrix</source>
        <translation>在矩阵中选中</translation>
    </message>
    <message>
        <source>Show on the customer map</source>
        <translation>在内部客户地图中显示</translation>
    </message>
    <message>
        <source>Explain finding</source>
        <translation>说明问题</translation>
    </message>
    <message>
        <source>Why is this not a problem? The finding stays hidden until the data it is about changes.</source>
        <translation>为什么这不是问题？在相关数据变化之前，该问题不再列出。</translation>
    </message>
    <message>
        <source>Nothing was explained: the note is empty.</source>
        <translation>未作说明：说明内容为空。</translation>
    </message>
</context>
<context>
    <name>HandbookOperations</name>
    <message>
        <source>Building was cancelled; nothing was recorded.</source>
        <translation>已取消生成，未记录任何内容。</translation>
    </message>
    <message>
        <source>Publishing the handbook…</source>
        <translation>正在发布服务手册…</translation>
    </message>
    <message>
        <source>Building a draft of the handbook…</source>
        <translation>正在生成服务手册草稿…</translation>
    </message>
    <message>
        <source>%n page(s) sent to the printer.</source>
        <translation>已将 %n 页发送到打印机。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>HandbookPage</name>
    <message>
        <source>Build a draft</source>
        <translation>生成草稿</translation>
    </message>
    <message>
        <source>Build the handbook to look at it; nothing is recorded</source>
        <translation>生成手册以便预览，不记录版次</translation>
    </message>
    <message>
        <source>Publish edition…</source>
        <translation>发布新版…</translation>
    </message>
    <message>
        <source>Build the handbook and record it as the next edition, so the edition after it lists what changed</source>
        <translation>生成手册并记录为新的一版；下一版将列出此后的变更</translation>
    </message>
    <message>
        <source>The handbook shown</source>
        <translation>当前显示的手册</translation>
    </message>
    <message>
        <source>Nothing built yet.</source>
        <translation>尚未生成。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Published editions</source>
        <translation>已发布的版次</translation>
    </message>
    <message>
        <source>Build a draft to see the handbook here, page by page, before you publish or print it.</source>
        <translation>生成草稿后，可在此逐页预览手册，再决定发布或打印。</translation>
    </message>
    <message>
        <source>Publish the handbook</source>
        <translation>发布服务手册</translation>
    </message>
    <message>
        <source>Publish edition %1 of the handbook of %2?

The edition is recorded with what it prints, and the next edition will list what changed since. A published edition cannot be withdrawn.</source>
        <translation>发布%2服务手册第 %1 版？

本版次及其内容将被记录，下一版将列出此后的变更。已发布的版次不能撤回。</translation>
    </message>
    <message>
        <source>Service handbook</source>
        <translation>服务手册</translation>
    </message>
    <message>
        <source>Choose at least one chapter.</source>
        <translation>请至少选择一章。</translation>
    </message>
    <message>
        <source>The handbook was built but cannot be shown: %1</source>
        <translation>手册已生成，但无法显示：%1</translation>
    </message>
    <message>
        <source>Edition %1, published</source>
        <translation>第 %1 版（已发布）</translation>
    </message>
    <message>
        <source>Draft of edition %1</source>
        <translation>第 %1 版草稿</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3.</source>
        <translation>%1：共 %2 页，%3。</translation>
    </message>
    <message>
        <source>Changes since the previous edition: %1.</source>
        <translation>较上一版变更 %1 处。</translation>
    </message>
    <message>
        <source>Save the handbook</source>
        <translation>保存服务手册</translation>
    </message>
    <message>
        <source>The handbook could not be saved to %1: %2</source>
        <translation>无法将手册保存到 %1：%2</translation>
    </message>
    <message>
        <source>Handbook saved to %1</source>
        <translation>手册已保存到 %1</translation>
    </message>
</context>
<context>
    <name>HandbookTextsEditor</name>
    <message>
        <source>The handbook prints these texts beside the customer map. Changes are saved as you type.</source>
        <translation>手册在内部客户地图旁印出这些文本。修改随输随存。</translation>
    </message>
    <message>
        <source>Restore default wording</source>
        <translation>恢复默认文本</translation>
    </message>
    <message>
        <source>Replace this text with the company&apos;s default wording</source>
        <translation>用公司的默认文本替换本文本</translation>
    </message>
    <message>
        <source>Replace the title and text of “%1” with the company&apos;s default wording? The current wording is lost.</source>
        <translation>用公司的默认文本替换“%1”的名称和正文吗？当前文本将丢失。</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Default wording, not yet edited</source>
        <translation>默认文本，尚未修改</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>This text was changed elsewhere and has been reloaded; your last changes were not saved.</source>
        <translation>此文本已在别处修改，现已重新载入；您最近的修改未保存。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Installation and operator</source>
        <translation>安装点与操作人</translation>
    </message>
    <message>
        <source>e.g. 城关供电所</source>
        <translation>例如：城关供电所</translation>
    </message>
    <message>
        <source>Welcome. Please name this installation and say who is working with it. Every change is recorded with these names.</source>
        <translation>欢迎使用。请填写本安装点的名称和当前操作人，每一项修改都会以此记录。</translation>
    </message>
    <message>
        <source>Installation name:</source>
        <translation>安装点名称：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>Operator&apos;s unit:</source>
        <translation>所在单位：</translation>
    </message>
    <message>
        <source>Installation name and operator are required.</source>
        <translation>安装点名称和操作人必须填写。</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import rejected</source>
        <translation>导入未执行</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s). Nothing was imported; correct the file and import it again.</source>
        <translation>
            <numerusform>文件中有 %n 处问题，未导入任何数据；请修改文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Installation: %1 · Operator: %2 (%3) · %4</source>
        <translation>安装点：%1 · 操作人：%2（%3） · %4</translation>
    </message>
    <message>
        <source>Internal Customer Service System</source>
        <translation>内部客户服务体系</translation>
    </message>
</context>
<context>
    <name>MapFilterBar</name>
    <message>
        <source>All lines</source>
        <translation>全部条线</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Relations between units, or between posts</source>
        <translation>单位之间或岗位之间的服务关系</translation>
    </message>
    <message>
        <source>Only the customers and providers of this unit</source>
        <translation>只显示本单位的客户和提供方</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>条线</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n internal</source>
        <translation>
            <numerusform>内部 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Inside %1</source>
        <translation>%1 内部</translation>
    </message>
    <message>
        <source>No relations match the filter</source>
        <translation>没有符合筛选条件的服务关系</translation>
    </message>
    <message>
        <source>%1, no commitment</source>
        <translation>%1，无服务承诺</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixFilterBar</name>
    <message>
        <source>Search work items (code or title)…</source>
        <translation>搜索职责事项（编码或名称）…</translation>
    </message>
    <message>
        <source>Active and under review</source>
        <translation>启用及待审定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>待审定</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Only items the unit holds</source>
        <translation>仅显示该单位承担的事项</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Posts of %1</source>
        <translation>%1的岗位</translation>
    </message>
    <message>
        <source>All business lines</source>
        <translation>全部条线</translation>
    </message>
    <message>
        <source>Units of every line</source>
        <translation>所有条线的单位</translation>
    </message>
    <message>
        <source>Units of %1</source>
        <translation>%1的单位</translation>
    </message>
    <message>
        <source>Filter posts…</source>
        <translation>筛选岗位…</translation>
    </message>
    <message>
        <source>Filter units…</source>
        <translation>筛选单位…</translation>
    </message>
</context>
<context>
    <name>MatrixGrid</name>
    <message>
        <source>R Owns · A Approves · C Cooperates · I Is informed — type a letter (or 主 审 配 知) to set the selected cells, Delete to clear them; paste blocks from Excel.</source>
        <translation>R 主责 · A 审批 · C 配合 · I 知会 —— 输入字母（或 主 审 配 知）设置所选单元格，按 Delete 清除；可从 Excel 整块粘贴。</translation>
    </message>
    <message>
        <source>Break down to posts…</source>
        <translation>分解到岗位…</translation>
    </message>
    <message>
        <source>Give the selected work item of this unit to some of its posts</source>
        <translation>将该单位的所选职责事项分配给其岗位</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>%1 work items × %2 columns</source>
        <translation>%1 项职责事项 × %2 列</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>清除 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s) to %1</source>
        <translation>
            <numerusform>将 %n 个单元格设为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit&apos;s own role is set in the unit matrix (All units).</source>
        <translation>单位本身的角色请在单位矩阵（全部单位）中设置。</translation>
    </message>
    <message>
        <source>Nothing was pasted:</source>
        <translation>未粘贴任何内容：</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a cell where the unit holds a role first.</source>
        <translation>请先选择该单位承担角色的单元格。</translation>
    </message>
    <message>
        <source>%1 has no posts to break the duty down to.</source>
        <translation>%1 没有可分解职责的岗位。</translation>
    </message>
    <message numerus="yes">
        <source>Break down to %n post(s)</source>
        <translation>
            <numerusform>分解到 %n 个岗位</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>未作任何改动：</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>……另有 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Open the posts of %1</source>
        <translation>打开%1的岗位</translation>
    </message>
    <message>
        <source>Back to all units</source>
        <translation>返回全部单位</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>R</source>
        <comment>a cell: the role Owns, as short as possible</comment>
        <translation>主责</translation>
    </message>
    <message>
        <source>A</source>
        <comment>a cell: the role Approves, as short as possible</comment>
        <translation>审批</translation>
    </message>
    <message>
        <source>C</source>
        <comment>a cell: the role Cooperates, as short as possible</comment>
        <translation>配合</translation>
    </message>
    <message>
        <source>I</source>
        <comment>a cell: the role Is informed, as short as possible</comment>
        <translation>知会</translation>
    </message>
    <message>
        <source>The unit itself</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>The role of the unit itself (set it in the unit matrix)</source>
        <translation>单位本身的角色（在单位矩阵中设置）</translation>
    </message>
    <message>
        <source>Vacant: nobody holds this post now</source>
        <translation>空缺：目前无人在岗</translation>
    </message>
    <message>
        <source>Inactive unit</source>
        <translation>已停用的单位</translation>
    </message>
</context>
<context>
    <name>MeetingOperations</name>
    <message>
        <source>Writing the minutes to %1…</source>
        <translation>正在把会议纪要写入 %1…</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>New series…</source>
        <translation>新建系列会议…</translation>
    </message>
    <message>
        <source>Plan a recurring meeting, e.g. every Monday for a quarter</source>
        <translation>安排定期会议，例如一个季度内每周一召开</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>标记为已召开</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>审定纪要</translation>
    </message>
    <message>
        <source>Reopen the minutes…</source>
        <translation>重新打开纪要…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Export to Word (.docx)…</source>
        <translation>导出为 Word（.docx）…</translation>
    </message>
    <message>
        <source>Meetings and minutes</source>
        <translation>会议与纪要</translation>
    </message>
    <message>
        <source>Action tracker</source>
        <translation>督办跟踪</translation>
    </message>
    <message>
        <source>Meeting types</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>新建系列会议</translation>
    </message>
    <message>
        <source>Add a meeting type first (tab Meeting types).</source>
        <translation>请先添加会议类型（“会议类型”标签页）。</translation>
    </message>
    <message numerus="yes">
        <source>New series of %n meeting(s)</source>
        <translation>
            <numerusform>新建 %n 次系列会议</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the meeting to %1</source>
        <translation>把会议状态改为%1</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>重新打开纪要</translation>
    </message>
    <message>
        <source>The minutes are approved. Reopen them for changes? The reopening is recorded.</source>
        <translation>纪要已审定。要重新打开以便修改吗？重新打开会被记录。</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>导出会议纪要</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Cooperating units…</source>
        <translation>配合单位…</translation>
    </message>
    <message>
        <source>Make improvement item</source>
        <translation>转为改进事项</translation>
    </message>
    <message>
        <source>The chosen unit&apos;s opinion becomes an improvement item of the host department</source>
        <translation>把所选单位的意见转为主办部门的改进事项</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Invited units</source>
        <translation>邀请单位</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>以往遗留</translation>
    </message>
    <message>
        <source>Choose a meeting on the left to write its minutes.</source>
        <translation>在左侧选择一次会议，编写它的纪要。</translation>
    </message>
    <message>
        <source>Cooperating units of “%1”</source>
        <translation>“%1”的配合单位</translation>
    </message>
    <message>
        <source>Check the units that help the responsible unit with this item.</source>
        <translation>勾选协助责任单位办理此事项的单位。</translation>
    </message>
    <message>
        <source>Change cooperating units</source>
        <translation>修改配合单位</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Charts of grey areas, overdue action items, rotation coverage, collaboration and benchmarking.</source>
        <translation>灰色地带、逾期督办事项、轮岗覆盖、协同度和同业对标的图表。</translation>
    </message>
    <message>
        <source>Organisation &amp; staff</source>
        <translation>组织与人员</translation>
    </message>
    <message>
        <source>Duty boundaries</source>
        <translation>职责边界</translation>
    </message>
    <message>
        <source>Work items, the responsibility matrix and the grey-area analysis.</source>
        <translation>职责事项、责任矩阵和灰色地带分析。</translation>
    </message>
    <message>
        <source>Internal customer map</source>
        <translation>内部客户地图</translation>
    </message>
    <message>
        <source>Service relations with commitments and standards, business processes and the map view.</source>
        <translation>带服务承诺和服务标准的服务关系、业务流程和客户地图。</translation>
    </message>
    <message>
        <source>Rotation &amp; stationing</source>
        <translation>轮岗与蹲点</translation>
    </message>
    <message>
        <source>Rotation and stationing plans, assignments, conflict checks and the timeline.</source>
        <translation>轮岗与蹲点计划、人员安排、冲突检查和时间轴。</translation>
    </message>
    <message>
        <source>Meetings &amp; minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <source>The meeting system, minutes with decisions, and tracked action items.</source>
        <translation>会议制度、含议定事项的会议纪要和督办事项跟踪。</translation>
    </message>
    <message>
        <source>Assessment &amp; incentives</source>
        <translation>考核与激励</translation>
    </message>
    <message>
        <source>Collaboration assessment, emotional accounts, internal service stars and excellent cases.</source>
        <translation>协同度测评、情感账户、内部服务之星和优秀案例。</translation>
    </message>
    <message>
        <source>Peer benchmarking</source>
        <translation>同业对标</translation>
    </message>
    <message>
        <source>Station indicators, classification into advantage, improvement and weak items, and the grassroots problem list.</source>
        <translation>供电所指标，优势项、提高项、弱势项分类，以及基层问题清单。</translation>
    </message>
    <message>
        <source>Service handbook</source>
        <translation>服务手册</translation>
    </message>
    <message>
        <source>The printable internal service handbook compiled from all modules.</source>
        <translation>由各模块数据汇编而成、可打印的内部服务手册。</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Change packages between supply stations and headquarters.</source>
        <translation>供电所与公司本部之间的变更数据包交换。</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>变更记录</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Progress on “%1”</source>
        <translation>“%1”的进展</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of this program. Install the newer version to open it; the file has not been changed.</source>
        <translation>%1 由更新版本的程序写入。请安装新版本后再打开；该文件未被改动。</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version failed (%2). The file is unchanged, and a copy was saved in its backup folder before the attempt.</source>
        <translation>将 %1 升级到本版本失败（%2）。该文件未被改动，升级前已在备份文件夹中保存了一份副本。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database of this program (%2). The file has not been changed.</source>
        <translation>%1 已损坏或不是本程序的数据库（%2）。该文件未被改动。</translation>
    </message>
    <message>
        <source>Restore the latest backup (%1)? The damaged file is kept in the backup folder.</source>
        <translation>要恢复最近的备份（%1）吗？损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>The backup is damaged too (%1); nothing was changed.</source>
        <translation>备份也已损坏（%1），未作任何改动。</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>A unit&apos;s handbook holds the unit and its sub-units, their duties, customers and providers</source>
        <translation>单位手册包含该单位及其下属单位的职责、内部客户和服务提供方</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Handbook of:</source>
        <translation>手册范围：</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>A chapter with nothing to print yet is left out.</source>
        <translation>暂无内容的章节不会印出。</translation>
    </message>
    <message>
        <source>Nothing published yet for this scope: the next is edition %1.</source>
        <translation>此范围尚未发布过手册，下一版为第 %1 版。</translation>
    </message>
    <message>
        <source>Last published: edition %1 of %2. The next is edition %3.</source>
        <translation>最近发布：第 %1 版（%2）。下一版为第 %3 版。</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>重新读取数据</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>The charts could not be read: %1</source>
        <translation>无法读取图表数据：%1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1</source>
        <translation>图表无法保存到 %1</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This module is not built yet.</source>
        <translation>本模块尚未建成。</translation>
    </message>
    <message>
        <source>Its data cannot be entered in this version of the program.</source>
        <translation>当前版本的程序还不能录入这部分数据。</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <source>Units in scope…</source>
        <translation>覆盖单位…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Units in scope of %1</source>
        <translation>%1 的覆盖单位</translation>
    </message>
    <message>
        <source>A unit covers its sub-units: check a business line to cover all of its stations.</source>
        <translation>选中一个单位即覆盖其下级单位：选中条线即覆盖该条线的全部供电所。</translation>
    </message>
    <message>
        <source>Change units in scope</source>
        <translation>修改覆盖单位</translation>
    </message>
    <message>
        <source>Set status to %1</source>
        <translation>把状态改为%1</translation>
    </message>
    <message>
        <source>…and %n more.</source>
        <translation>……另有 %n 项。</translation>
    </message>
    <message>
        <source>This plan still has %n unresolved conflict(s):</source>
        <translation>本计划还有 %n 个未解决的冲突：</translation>
    </message>
    <message>
        <source>Approve it anyway? The approval records that it was approved over them.</source>
        <translation>仍要批准吗？批准记录会注明是在存在这些冲突的情况下批准的。</translation>
    </message>
    <message>
        <source>Approve over conflicts</source>
        <translation>在有冲突时批准</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>%1 could not be read as a PDF.</source>
        <translation>无法将 %1 作为 PDF 读取。</translation>
    </message>
    <message>
        <source>The printer %1 could not be started.</source>
        <translation>无法启动打印机 %1。</translation>
    </message>
</context>
<context>
    <name>ProcessPanel</name>
    <message>
        <source>Steps of %1</source>
        <translation>%1 的步骤</translation>
    </message>
    <message>
        <source>Choose a process above to see and edit its steps.</source>
        <translation>在上方选择一个流程，查看和编辑它的步骤。</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Suggested service item</source>
        <translation>建议的服务事项</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>所属流程</translation>
    </message>
    <message>
        <source>Add as relation</source>
        <translation>添加为服务关系</translation>
    </message>
    <message>
        <source>Adds the chosen handoffs to the map as draft relations; complete their value, standard and commitment in the relations table</source>
        <translation>把选中的交接作为草稿服务关系加入地图；再在服务关系表中补全服务价值、服务标准和服务承诺</translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) between process steps have no relation on the map yet. Each is an internal customer to add:</source>
        <translation>
            <numerusform>流程步骤之间有 %n 处交接在地图上还没有服务关系，每一处都是待添加的内部客户：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every handoff between process steps is on the map.</source>
        <translation>流程步骤之间的每处交接都已在地图上。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups in %1. The current database is kept as a backup before it is replaced.</source>
        <translation>备份位于 %1。替换前，当前数据库会先另存为一份备份。</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Daily, on the first start of the day</source>
        <translation>每日（当天首次启动时）</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before upgrading to a new version</source>
        <translation>升级到新版本之前</translation>
    </message>
    <message>
        <source>The data replaced by a restore</source>
        <translation>恢复备份时被替换的数据</translation>
    </message>
</context>
<context>
    <name>RotationFindingsPanel</name>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Staff in the same post for longer than this are rotation candidates</source>
        <translation>在同一岗位任职超过此年限的员工列为轮岗候选人</translation>
    </message>
    <message>
        <source>Candidates after</source>
        <translation>候选年限</translation>
    </message>
    <message>
        <source>Double-click to show its assignments.</source>
        <translation>双击可在表中选中相关安排。</translation>
    </message>
    <message>
        <source>Choose a finding to read it whole.</source>
        <translation>选择一个问题，在此查看全文。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotation candidate(s)</source>
        <translation>
            <numerusform>%n 名轮岗候选人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationOperations</name>
    <message>
        <source>Exporting the assignments to %1…</source>
        <translation>正在把轮岗蹲点安排导出到 %1…</translation>
    </message>
</context>
<context>
    <name>RotationPage</name>
    <message>
        <source>Plans and assignments</source>
        <translation>计划与安排</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Minimum staffing</source>
        <translation>最低在岗人数</translation>
    </message>
    <message>
        <source>Export assignments…</source>
        <translation>导出安排…</translation>
    </message>
    <message>
        <source>Import assignments…</source>
        <translation>导入安排…</translation>
    </message>
    <message>
        <source>Save every plan&apos;s assignments as an Excel workbook (sheet 轮岗安排)</source>
        <translation>把所有计划的安排保存为 Excel 工作簿（工作表“轮岗安排”）</translation>
    </message>
    <message>
        <source>Read assignments from Excel: every row is checked first, and a file with problems changes nothing</source>
        <translation>从 Excel 读入安排：先逐行检查，文件有问题时不做任何修改</translation>
    </message>
    <message>
        <source>Export the assignments to Excel</source>
        <translation>把安排导出到 Excel</translation>
    </message>
    <message>
        <source>Import assignments from Excel</source>
        <translation>从 Excel 导入安排</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New series of meetings</source>
        <translation>新建系列会议</translation>
    </message>
    <message>
        <source>Meeting type</source>
        <translation>会议类型</translation>
    </message>
    <message>
        <source>First meeting on</source>
        <translation>首次会议日期</translation>
    </message>
    <message>
        <source>Last meeting by</source>
        <translation>最后一次不晚于</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复周期</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>One meeting is planned for each occurrence; each can be moved or deleted later.</source>
        <translation>每个周期安排一次会议，之后可逐次调整或删除。</translation>
    </message>
</context>
<context>
    <name>ServiceCardView</name>
    <message>
        <source>Choose a unit…</source>
        <translation>选择单位…</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name or code</source>
        <translation>输入单位名称或编码的一部分</translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translation>包括草稿</translation>
    </message>
    <message>
        <source>Also list relations still in draft; the handbook prints only active ones</source>
        <translation>同时列出仍为草稿的服务关系；手册只印生效的关系</translation>
    </message>
    <message>
        <source>Copy card</source>
        <translation>复制服务卡</translation>
    </message>
    <message>
        <source>Copy the card with its tables, to paste into a document</source>
        <translation>复制服务卡（含表格），可粘贴到文档中</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation>无法读取服务卡：%1</translation>
    </message>
    <message>
        <source>Choose a unit to see what it provides to whom and what it receives from whom.</source>
        <translation>选择一个单位，查看它为谁提供什么服务、从谁那里接受什么服务。</translation>
    </message>
    <message>
        <source>The unit shown before no longer exists. Choose another one.</source>
        <translation>原先显示的单位已不存在，请另选一个单位。</translation>
    </message>
    <message>
        <source>Provides to its internal customers</source>
        <translation>为内部客户提供的服务</translation>
    </message>
    <message>
        <source>Receives from its internal providers</source>
        <translation>接受内部提供方的服务</translation>
    </message>
    <message>
        <source>Its posts provide</source>
        <translation>本单位岗位提供的服务</translation>
    </message>
    <message>
        <source>Its posts receive</source>
        <translation>本单位岗位接受的服务</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Own post</source>
        <translation>本单位岗位</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>显示已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n or more row(s)</source>
        <translation>
            <numerusform>%n 行以上（正在计数）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>……另有 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted:</source>
        <translation>未粘贴任何内容：</translation>
    </message>
    <message>
        <source>This row was changed elsewhere. The table has been reloaded; please try again.</source>
        <translation>该行已在别处被修改，表格已刷新，请重试。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>新增行</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n row(s)</source>
        <translation>
            <numerusform>恢复 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>No assignments to show</source>
        <translation>没有可显示的安排</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>In conflict: see the findings</source>
        <translation>存在冲突：请查看问题列表</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>By supply station</source>
        <translation>按供电所</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>全部计划</translation>
    </message>
    <message>
        <source>Save the timeline as PNG</source>
        <translation>把时间线保存为 PNG</translation>
    </message>
    <message>
        <source>Timeline saved to %1</source>
        <translation>时间线已保存到 %1</translation>
    </message>
    <message>
        <source>The timeline could not be saved to %1</source>
        <translation>时间线无法保存到 %1</translation>
    </message>
</context>
<context>
    <name>TrackerPanel</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Items the unit (or a unit below it) answers for or helps with</source>
        <translation>该单位（或其下级单位）负责或配合的事项</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Items this person answers for; type part of a name or employee number</source>
        <translation>该人员负责的事项；可输入姓名或工号的一部分</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>完成时限早于</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
</context>
<context>
    <name>UnitTreeView</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Internal Customer Service System — Welcome</source>
        <translation>内部客户服务体系 — 欢迎</translation>
    </message>
    <message>
        <source>Welcome to the Internal Customer Service System</source>
        <translation>欢迎使用内部客户服务体系</translation>
    </message>
    <message>
        <source>This installation keeps your organisation, duty boundaries, internal customer map, rotation plans, meetings and service handbook in one database on this computer. It works without a network.</source>
        <translation>本程序把组织机构、职责边界、内部客户地图、轮岗计划、会议纪要和服务手册保存在本机的一个数据库中，不需要联网即可使用。</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>本安装点</translation>
    </message>
    <message>
        <source>e.g. 城关供电所</source>
        <translation>例如：城关供电所</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>e.g. 综合班</source>
        <translation>例如：综合班</translation>
    </message>
    <message>
        <source>Installation name:</source>
        <translation>安装点名称：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>Operator&apos;s unit:</source>
        <translation>所在单位：</translation>
    </message>
    <message>
        <source>Every change is recorded with these names. You can change them later in Settings.</source>
        <translation>每一项修改都会记录这些名称，以后可在“设置”中更改。</translation>
    </message>
    <message>
        <source>How would you like to begin?</source>
        <translation>您想怎样开始？</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <source>Import units, posts and staff from an Excel workbook</source>
        <translation>从 Excel 工作簿导入单位、岗位和员工</translation>
    </message>
    <message>
        <source>Open the demo company to try the app</source>
        <translation>打开演示公司，先试用一下</translation>
    </message>
    <message>
        <source>the workbook to import</source>
        <translation>要导入的工作簿</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save a blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <source>An Excel workbook with the sheets 单位, 岗位 and 员工 and a sheet that explains every column</source>
        <translation>包含“单位”“岗位”“员工”工作表及逐列填写说明的 Excel 工作簿</translation>
    </message>
    <message>
        <source>Enter the organisation yourself in 组织与人员, unit by unit.</source>
        <translation>在“组织与人员”中逐个录入单位。</translation>
    </message>
    <message>
        <source>A fictional county company with data in every module, in a file of its own. Create your own database later with File › New database.</source>
        <translation>一家虚构的县供电公司，各模块都有数据，保存在单独的文件中。以后可通过“文件 › 新建数据库”创建自己的数据库。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The database will be kept in %1</source>
        <translation>数据库将保存在 %1</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Save a blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>The template could not be saved to %1: %2</source>
        <translation>无法将模板保存到 %1：%2</translation>
    </message>
    <message>
        <source>Template saved to %1. Fill it in, save it, then press Start.</source>
        <translation>模板已保存到 %1。填写并保存后，点击“开始”。</translation>
    </message>
    <message>
        <source>Please enter the installation name and the operator.</source>
        <translation>请填写安装点名称和操作人。</translation>
    </message>
    <message>
        <source>Choose the workbook to import (an .xlsx file).</source>
        <translation>请选择要导入的工作簿（.xlsx 文件）。</translation>
    </message>
</context>
<context>
    <name>Workbooks</name>
    <message>
        <source>Exported to %1: %2</source>
        <translation>已导出到 %1：%2</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>已导入 %1：%2</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，没有做任何修改。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
</TS>
