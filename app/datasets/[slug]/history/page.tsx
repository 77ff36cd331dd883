import { historyRoute } from "@/app/_routes/history-route";

const route = historyRoute("dataset");
export const generateMetadata = route.generateMetadata;
export default route.HistoryPage;
