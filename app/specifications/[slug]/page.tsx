import { entryRoute } from "@/app/_routes/entry-route";

const route = entryRoute("specification");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
