import { wordList } from './word-list.js';

/** Common given names of South Asian origin (India, Pakistan, Bangladesh, Sri Lanka, and the Hindustani diaspora). */
export const SOUTH_ASIAN_GIVEN_NAMES = wordList(`
Aarav Aarti Aditi Aditya Ajay Akash Akhil Alok Amit Amita Amitabh Anand Ananya Anil Anita Anjali Ankit
Ankita Anupam Anusha Archana Arjun Arun Aruna Arvind Ashok Ashwin Avinash Bhavna Bhavesh Chetan Darshan
Deepa Deepak Deepika Dhruv Dinesh Divya Gaurav Girish Gopal Harish Harsha Harpreet Hemant Ishaan Jagdish
Jaspreet Jyoti Kavita Kavya Kiran Krishna Kunal Lakshmi Madhu Mahesh Manish Manoj Meena Meera Mohan
Mukesh Naveen Neha Nikhil Nisha Nitin Pankaj Pooja Prakash Pranav Prashant Preeti Priya Priyanka Rahul
Rajesh Rajiv Rakesh Ramesh Ranjit Ravi Rekha Rishi Rohan Rohit Sachin Sandeep Sanjay Sanjeev Santosh
Saurabh Shreya Shweta Siddharth Simran Smita Sneha Sonia Sudha Sunil Sunita Suresh Sushil Swati
Tanvi Tarun Uday Usha Varun Vijay Vikas Vikram Vinay Vinod Vishal Vivek Yash Yogesh Gurpreet Harjit
Kuldeep Manpreet Navjot Parminder Rajinder Sukhwinder Balwinder Amrit Jasleen Harleen Inderjit
Ayesha Bilal Faisal Farhan Fawad Hamza Imran Irfan Junaid Kashif Nadeem Naveed Rizwan Sadia Saima
Shabnam Shahid Shazia Sohail Tahir Tariq Usman Waqar Zubair Zeeshan Farzana Nasrin Rahima Shirin
Tahmina Anwar Habibur Mizanur Rafiqul Shafiqul Kamrul Aminul Tharindu Chaminda Nuwan Dilshan Kasun
Lahiru Nimal Sunethra Thilini Sanjeewa Prabhakaran Karthik Lakshman Murali Naresh Raghav Sarita
Sharmila Srinivas Subramaniam Sudhir Venkat Vasanth Padma Radha Revathi Shanthi Uma Vani Yamini
`);

/** Common Chinese (pinyin and Cantonese), Vietnamese, Korean, Japanese and Filipino given names. */
export const EAST_ASIAN_GIVEN_NAMES = wordList(`
Bingbing Chunhua Dandan Fang Guoqiang Haiyan Haoran Hongmei Huan Huifang Jiahao Jiahui Jianguo Jianhua
Jianjun Jiaqi Jiayi Jing Jingjing Jinping Junjie Lihua Lili Lijuan Lina Liping Meiling Mingming Minghui
Qiang Qingling Shuang Shufen Shuming Tingting Weiwei Wenjun Xiaobo Xiaodong Xiaofeng Xiaohong Xiaoli
Xiaoling Xiaoming Xiaoyan Xiaoyu Xinyi Xiulan Xiuying Yanling Yifan Yichen Yihan Yuhan Yujie Yuxuan
Yutong Zhihao Zhiwei Zihan Ziyi Zhenyu Yongmei Guoliang Huiling Wenhui Jianming Chiwai Kaming Kwokwai
Siuming Wingkei Yukming Anh Bao Duc Dung Hanh Hieu Hoa Hung Huong Khanh Linh Loan Mai Minh Ngoc Phuong
Quang Thanh Thao Thu Thuy Trang Tuan Tung Van Vinh Xuan Yen Jiwoo Jisoo Minjun Seojun Seoyeon Jiho
Hyun Jihoon Minji Soojin Yuna Eunji Sunghoon Haruto Hiroshi Kenji Takashi Yuki Yuto Sota Akira Daiki
Haruka Hina Yui Aoi Sakura Naoko Keiko Yoko Akiko Kazuki Ryota Shota Takumi Kaito Mei Rin Riku Ren
Maricel Marites Rowena Rodel Jericho Jomar Lorna Rhea Maricris Joel Arnel Analyn Jocelyn Rosalinda
`);
